package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.ServiceType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a service type by its wire value ({@code previewDeployment}) or its Java name ({@code preview_deployment}). */
final class ServiceTypeConverter implements ITypeConverter<ServiceType> {
    @Override
    public ServiceType convert(String value) {
        for (ServiceType type : ServiceType.values()) {
            if (type.wireValue().equalsIgnoreCase(value) || type.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return type;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a service type: use one of " + Arrays
                .stream(ServiceType.values()).map(ServiceType::wireValue).collect(Collectors.joining(", ")));
    }

    /** The values to show in the help and to complete in the shell. */
    static List<String> candidates() {
        return Arrays.stream(ServiceType.values()).map(ServiceType::wireValue).collect(Collectors.toList());
    }
}
