/** A user's module whose code runs FakeDokploy and the SDK on the module path. */
module example.consumer {
    requires io.github.dokploy4j;
    requires io.github.dokploy4j.testkit;
}
