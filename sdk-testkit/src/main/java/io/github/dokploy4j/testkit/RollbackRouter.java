package io.github.dokploy4j.testkit;

/** {@code rollback.rollback}: any failure, not-found included, is 400 "Error input: Rolling back". */
final class RollbackRouter {

    private final FakeState state;

    RollbackRouter(FakeState state) {
        this.state = state;
    }

    void register(ProcedureTable table) {
        table.add(Procedure.mutation("rollback.rollback", InputSchema.of(InputField.requiredId("rollbackId")),
                input -> {
                    if (!state.rollbacks.containsKey(input.text("rollbackId"))) {
                        throw TrpcError.badRequest("Error input: Rolling back");
                    }
                    return null;
                }));
    }
}
