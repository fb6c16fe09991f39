package io.github.dokploy4j.internal.deployment;

import io.github.dokploy4j.error.BadRequestException;
import io.github.dokploy4j.error.NotFoundException;
import java.util.Locale;

/**
 * One outcome for "no such deployment" on every Dokploy version: up to v0.28.6 {@code removeDeployment} wraps its
 * {@code "Deployment not found"} in a 400 BAD_REQUEST (measured on v0.27.0 and v0.28.2; v0.28.7 and later answer
 * 404). That 400 becomes the {@link NotFoundException} newer servers give, keeping the status the server sent.
 */
final class UnknownDeploymentAnswers {
    private UnknownDeploymentAnswers() {
    }

    /** The exception to throw for a failure of {@code removeDeployment}. */
    static RuntimeException of(RuntimeException failure) {
        if (!(failure instanceof BadRequestException)) {
            return failure;
        }
        BadRequestException refused = (BadRequestException) failure;
        if (!refused.serverMessage().toLowerCase(Locale.ROOT).contains("not found")) {
            return failure;
        }
        NotFoundException notFound = new NotFoundException(refused.getMessage() + " (Dokploy before v0.28.7 answers"
                + " an unknown deployment with 400; newer servers with 404)", refused.status(),
                refused.code().orElse(null), refused.serverMessage(), refused.procedure(), refused.issues(),
                refused.responseBody(), false);
        notFound.initCause(refused);
        return notFound;
    }
}
