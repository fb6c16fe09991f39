package io.github.dokploy4j.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The faults waiting for their requests, first injected first used. */
final class FaultRules {

    private final List<FaultRule> rules = new ArrayList<>();

    synchronized void add(FaultRule rule) {
        rules.add(rule);
    }

    /** Takes one use of the first rule for {@code procedure} (matched case-insensitively), or returns null. */
    synchronized FaultRule take(String procedure) {
        String wanted = procedure.toLowerCase(Locale.ROOT);
        Iterator<FaultRule> it = rules.iterator();
        while (it.hasNext()) {
            FaultRule rule = it.next();
            if (rule.procedure.equals(wanted)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                return rule;
            }
        }
        return null;
    }

    synchronized void clear() {
        rules.clear();
    }
}
