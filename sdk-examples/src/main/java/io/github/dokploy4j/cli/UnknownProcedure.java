package io.github.dokploy4j.cli;

import io.github.dokploy4j.ProcedureInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What {@code dokploy api} says about a name that is not in the SDK's catalog of Dokploy's procedures: the names it
 * may have meant (the same name in another case, or one at most a few edits away), and how to send a procedure newer
 * than this CLI anyway ({@code --method GET} for a query, {@code --method POST} for a mutation, unchecked).
 */
final class UnknownProcedure {
    private static final int MAX_SUGGESTIONS = 3;

    private UnknownProcedure() {
    }

    static CliFailure failure(String name) {
        List<String> suggestions = suggestions(name);
        String message = name + " is not a procedure of Dokploy " + ProcedureInfo.serverVersion()
                + " (this CLI knows its " + ProcedureInfo.names().size() + " procedures)"
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?");
        return new CliFailure(ExitCode.USAGE, message, "a procedure newer than this CLI can be sent unchecked: add "
                + "--method GET for a query or --method POST for a mutation");
    }

    static List<String> suggestions(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> sameIgnoringCase = new ArrayList<>();
        List<Candidate> near = new ArrayList<>();
        int allowed = Math.max(2, name.length() / 6);
        for (String known : ProcedureInfo.names()) {
            if (known.toLowerCase(Locale.ROOT).equals(lower)) {
                sameIgnoringCase.add(known);
                continue;
            }
            int distance = distance(lower, known.toLowerCase(Locale.ROOT), allowed);
            if (distance <= allowed) {
                near.add(new Candidate(known, distance));
            }
        }
        if (!sameIgnoringCase.isEmpty()) {
            return sameIgnoringCase;
        }
        near.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        List<String> names = new ArrayList<>();
        for (Candidate candidate : near.subList(0, Math.min(MAX_SUGGESTIONS, near.size()))) {
            names.add(candidate.name());
        }
        return names;
    }

    /** Levenshtein distance, or anything above {@code limit} as soon as it is certain to exceed it. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Candidate(String name, int distance) {
    }
}
