/**
 * dokploy4j: a typed Java SDK for Dokploy's API: every procedure of its routers, and deployments followed to their end.
 *
 * <p>Start at {@link io.github.dokploy4j.DokployClient}. The {@code internal} packages are not exported and may
 * change in any release.
 */
module io.github.dokploy4j {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.slf4j;
    requires static org.immutables.value;
    requires static transitive org.jspecify;

    exports io.github.dokploy4j;
    exports io.github.dokploy4j.admin;
    exports io.github.dokploy4j.ai;
    exports io.github.dokploy4j.application;
    exports io.github.dokploy4j.auditlog;
    exports io.github.dokploy4j.backup;
    exports io.github.dokploy4j.bitbucket;
    exports io.github.dokploy4j.certificates;
    exports io.github.dokploy4j.cluster;
    exports io.github.dokploy4j.compose;
    exports io.github.dokploy4j.customrole;
    exports io.github.dokploy4j.deployment;
    exports io.github.dokploy4j.destination;
    exports io.github.dokploy4j.docker;
    exports io.github.dokploy4j.domain;
    exports io.github.dokploy4j.environment;
    exports io.github.dokploy4j.error;
    exports io.github.dokploy4j.forwardauth;
    exports io.github.dokploy4j.gitea;
    exports io.github.dokploy4j.github;
    exports io.github.dokploy4j.gitlab;
    exports io.github.dokploy4j.gitprovider;
    exports io.github.dokploy4j.libsql;
    exports io.github.dokploy4j.licensekey;
    exports io.github.dokploy4j.mariadb;
    exports io.github.dokploy4j.mongo;
    exports io.github.dokploy4j.mounts;
    exports io.github.dokploy4j.mysql;
    exports io.github.dokploy4j.network;
    exports io.github.dokploy4j.notification;
    exports io.github.dokploy4j.organization;
    exports io.github.dokploy4j.params;
    exports io.github.dokploy4j.patch;
    exports io.github.dokploy4j.port;
    exports io.github.dokploy4j.postgres;
    exports io.github.dokploy4j.preview;
    exports io.github.dokploy4j.previewdeployment;
    exports io.github.dokploy4j.project;
    exports io.github.dokploy4j.redirects;
    exports io.github.dokploy4j.redis;
    exports io.github.dokploy4j.registry;
    exports io.github.dokploy4j.rollback;
    exports io.github.dokploy4j.schedule;
    exports io.github.dokploy4j.scim;
    exports io.github.dokploy4j.security;
    exports io.github.dokploy4j.server;
    exports io.github.dokploy4j.settings;
    exports io.github.dokploy4j.sshkey;
    exports io.github.dokploy4j.sso;
    exports io.github.dokploy4j.stripe;
    exports io.github.dokploy4j.swarm;
    exports io.github.dokploy4j.tag;
    exports io.github.dokploy4j.user;
    exports io.github.dokploy4j.volumebackups;
    exports io.github.dokploy4j.whitelabeling;

    // Jackson binds the rows and the generated inputs by reflection; without this users on the module path fail at
    // run time (the test runner adds the opens by itself, so ModuleDescriptorTest guards it).
    opens io.github.dokploy4j.admin to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.ai to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.application to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.auditlog to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.backup to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.bitbucket to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.certificates to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.cluster to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.compose to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.customrole to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.deployment to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.destination to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.docker to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.domain to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.environment to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.forwardauth to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.gitea to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.github to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.gitlab to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.gitprovider to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.libsql to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.licensekey to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.mariadb to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.mongo to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.mounts to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.mysql to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.network to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.notification to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.organization to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.params to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.patch to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.port to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.postgres to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.preview to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.previewdeployment to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.project to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.redirects to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.redis to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.registry to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.rollback to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.schedule to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.scim to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.security to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.server to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.settings to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.sshkey to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.sso to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.stripe to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.swarm to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.tag to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.user to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.volumebackups to com.fasterxml.jackson.databind;
    opens io.github.dokploy4j.whitelabeling to com.fasterxml.jackson.databind;
}
