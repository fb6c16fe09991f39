package io.github.dokploy4j.testkit;

/** How a scripted build ends once its steps are done. */
enum BuildOutcome {
    SUCCEED,
    FAIL,
    SUCCEED_WITH_ROLLBACK
}
