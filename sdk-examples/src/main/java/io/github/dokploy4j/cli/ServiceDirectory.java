package io.github.dokploy4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Finds the service that {@code --app} or {@code --compose} names, by id or by name, and names services for display.
 *
 * <p>A value is tried as an id first: one {@code application.one} / {@code compose.one} call, which also gives the
 * name the phase line shows. A value that is no id is looked up by name among the organisation's services (one
 * {@code project.all} call on a server, or the embedded sample's own list): one match is the service, several are an
 * error that lists them, none is "not found" (or a hint to use the other option when a service of the other kind
 * has that name).
 */
final class ServiceDirectory {
    private final DokployClient client;
    private final Supplier<List<ListedService>> organisation;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    ServiceDirectory(DokployClient client, Supplier<List<ListedService>> organisation) {
        this.client = client;
        this.organisation = organisation;
    }

    /** The directory of a server: names are looked up with {@code project.all}. */
    static ServiceDirectory of(DokployClient client) {
        return new ServiceDirectory(client, () -> OrganisationServices.read(client));
    }

    /**
     * The service a value names.
     *
     * @param type {@link ServiceType#APPLICATION} or {@link ServiceType#COMPOSE}
     * @param idOrName an id, or the name of exactly one service of that kind
     * @return the service, with its name
     * @throws CliFailure when no service of that kind has that id or name, or several have that name
     */
    NamedService find(ServiceType type, String idOrName) {
        String router = type == ServiceType.APPLICATION ? "application" : "compose";
        JsonNode row;
        try {
            row = client.procedure(router + ".one").query(Map.of(router + "Id", idOrName));
        } catch (NotFoundException noSuchId) {
            if (noSuchId.isUnknownProcedure()) {
                throw noSuchId;
            }
            return byName(type, idOrName, noSuchId);
        }
        String name = row == null ? idOrName : row.path("name").asText(idOrName);
        names.put(idOrName, name);
        return new NamedService(type, idOrName, name);
    }

    /**
     * A service's name when it is known without asking the server (a service found earlier, or one of the embedded
     * sample's), else its id.
     */
    String knownName(String id) {
        return names.getOrDefault(id, id);
    }

    /** Remembers names known without asking: the embedded sample's. */
    void remember(String id, String name) {
        names.put(id, name);
    }

    private NamedService byName(ServiceType type, String name, NotFoundException noSuchId) {
        String kind = type == ServiceType.APPLICATION ? "application" : "compose service";
        List<ListedService> organisationServices;
        try {
            organisationServices = organisation.get();
        } catch (NotFoundException noListing) {
            if (!noListing.isUnknownProcedure()) {
                throw noListing;
            }
            throw new CliFailure(ExitCode.NOT_FOUND, "no " + kind + " has the id " + name + " (the server says: "
                    + noSuchId.serverMessage() + "), and this server cannot look one up by name: it has no "
                    + "project.all", "pass the " + kind + "'s id with " + option(type));
        }
        List<ListedService> named = organisationServices.stream()
                .filter(service -> service.name().equals(name))
                .collect(Collectors.toList());
        List<ListedService> matches = named.stream().filter(service -> service.type() == type)
                .collect(Collectors.toList());
        if (matches.size() == 1) {
            ListedService match = matches.get(0);
            names.put(match.id(), match.name());
            return new NamedService(type, match.id(), match.name());
        }
        if (matches.size() > 1) {
            throw new CliFailure(ExitCode.USAGE, matches.size() + " " + kind + "s are named " + name + ": "
                    + matches.stream().map(ListedService::describe).collect(Collectors.joining("; ")),
                    "pass the id of the one you mean: " + option(type) + " ID");
        }
        if (!named.isEmpty()) {
            ServiceType other = named.get(0).type();
            throw new CliFailure(ExitCode.USAGE, name + " is " + article(other) + ", not " + article(type),
                    "use " + option(other) + " " + name);
        }
        throw new CliFailure(ExitCode.NOT_FOUND, "no " + kind + " has the id or name " + name,
                "an id is the last part of the service's address in Dokploy (…/services/"
                        + type.wireValue().toLowerCase(Locale.ROOT) + "/ID)");
    }

    private static String option(ServiceType type) {
        return type == ServiceType.APPLICATION ? "--app" : "--compose";
    }

    private static String article(ServiceType type) {
        return type == ServiceType.APPLICATION ? "an application" : "a compose service";
    }
}
