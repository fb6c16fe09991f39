package io.github.dokploy4j.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-written schemas and the input class the generator writes for them. */
class SchemaToCodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Generates the input of a one-procedure document whose body schema is {@code schema}. */
    private static String params(String schema) throws Exception {
        String document = "{\"paths\":{\"/thing.make\":{\"post\":{\"requestBody\":{\"content\":{\"application/json\":"
                + "{\"schema\":" + schema + "}}}}}}}";
        List<Procedure> procedures = OpenApi.read(JSON.readTree(document));
        return flat(JavaFile.builder("io.github.dokploy4j.thing", ParamsWriter.write(procedures.get(0), new SecretRule(Config.load().secrets())))
                .indent("    ").build().toString());
    }

    /** The code with Javadoc lines joined, so that phrases can be found wherever the layout wrapped them. */
    private static String flat(String code) {
        return Layout.apply(code).replaceAll("\\n\\s*\\* (?!@)", " ");
    }

    private static String query(String parameters) throws Exception {
        String document = "{\"paths\":{\"/thing.find\":{\"get\":{\"parameters\":" + parameters + "}}}}";
        List<Procedure> procedures = OpenApi.read(JSON.readTree(document));
        return flat(JavaFile.builder("io.github.dokploy4j.thing", ParamsWriter.write(procedures.get(0), new SecretRule(Config.load().secrets())))
                .indent("    ").build().toString());
    }

    @Test
    void aRequiredStringIsAPlainAccessorAndARequiredRule() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1}},"
                + "\"required\":[\"name\"]}");

        assertThat(code).contains("public final class ThingMakeParams extends ParamsObject")
                .contains(".field(\"name\").required().minLength(1)")
                .contains("public String name() {")
                .contains("public Builder name(String name) {")
                .contains("@throws NullPointerException when it is {@code null}");
    }

    @Test
    void anOptionalNullableFieldIsAnOptionalAndTakesNull() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"note\":{\"anyOf\":[{\"type\":\"string\"},"
                + "{\"type\":\"null\"}]}}}");

        assertThat(code).contains(".field(\"note\").nullable()").contains("public Optional<String> note() {")
                .contains("public Builder note(@Nullable String note) {");
    }

    @Test
    void aRequiredNullableFieldSaysItIsSentAsNull() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"buildArgs\":{\"anyOf\":[{\"type\":\"string\"},"
                + "{\"type\":\"null\"}]}},\"required\":[\"buildArgs\"]}");

        assertThat(code).contains(".field(\"buildArgs\").required().nullable()")
                .contains("required but nullable: sent as {@code null} when not set")
                .contains("secret: {@code toString()} shows {@code ***}");
    }

    @Test
    void anEnumIsANestedEnumWithWireValues() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"buildType\":{\"type\":\"string\","
                + "\"enum\":[\"dockerfile\",\"heroku_buildpacks\"]}}}");

        assertThat(code).contains("public enum BuildType {").contains("HEROKU_BUILDPACKS(\"heroku_buildpacks\")")
                .contains("@JsonValue").contains("public Optional<BuildType> buildType() {");
    }

    @Test
    void rangesAndWholeNumbersBecomeRules() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"port\":{\"type\":\"integer\",\"minimum\":1,"
                + "\"maximum\":65535},\"ratio\":{\"type\":\"number\"}}}");

        assertThat(code).contains(".field(\"port\").number(true).minimum(1).maximum(65535)")
                .contains(".field(\"ratio\").number(false)").contains("public Optional<Number> port() {");
    }

    @Test
    void aPatternIsTranslatedAndShownAsWritten() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"appName\":{\"type\":\"string\","
                + "\"pattern\":\"^[a-z]+$\"}}}");

        assertThat(code).contains(".pattern(\"^[a-z]+\\\\z\", \"^[a-z]+$\", false)");
    }

    @Test
    void aNestedObjectIsANestedClassWithItsOwnSchemaAndPath() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"healthCheckSwarm\":{\"anyOf\":[{\"type\":"
                + "\"object\",\"properties\":{\"Interval\":{\"type\":\"number\"}},\"additionalProperties\":false},"
                + "{\"type\":\"null\"}]}}}");

        assertThat(code).contains("public static final class HealthCheckSwarm extends ParamsObject")
                .contains("ParamsSchema.nested(\"thing.make\", \"healthCheckSwarm\")")
                .contains("@JsonProperty(\"Interval\")").contains("public Builder interval(Number interval)")
                .contains("public Builder healthCheckSwarm(@Nullable HealthCheckSwarm healthCheckSwarm)");
    }

    @Test
    void freeKeysAreAMapAndAnyJsonIsAJsonNode() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"labels\":{\"type\":\"object\","
                + "\"propertyNames\":{\"type\":\"string\"},\"additionalProperties\":{\"type\":\"string\"}},"
                + "\"metadata\":{\"anyOf\":[{},{\"type\":\"null\"}]}}}");

        assertThat(code).contains("public Optional<Map<String, String>> labels() {")
                .contains("public Optional<JsonNode> metadata() {");
    }

    @Test
    void anEmailOrTheEmptyStringIsAStringThatAcceptsBoth() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"email\":{\"anyOf\":[{\"anyOf\":[{\"type\":"
                + "\"string\",\"format\":\"email\",\"pattern\":\"^.+@.+$\"},{\"type\":\"string\",\"const\":\"\"}]},"
                + "{\"type\":\"null\"}]}}}");

        assertThat(code).contains(".field(\"email\").nullable()").contains("true)")
                .contains("public Optional<String> email() {");
    }

    @Test
    void anyOfOfUnrelatedTypesIsRefusedSoANewShapeIsNoticed() {
        assertThatIllegalStateException().isThrownBy(() -> params("{\"type\":\"object\",\"properties\":{\"x\":"
                + "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}}}"))
                .withMessageContaining("anyOf of non-string types");
    }

    @Test
    void keywordFieldsGetValueAndKeepTheirJsonName() throws Exception {
        String code = params("{\"type\":\"object\",\"properties\":{\"default\":{\"type\":\"boolean\"}}}");

        assertThat(code).contains("public Optional<Boolean> defaultValue() {")
                .contains("@JsonProperty(\"default\")").contains("return set(\"default\", defaultValue);");
    }

    @Test
    void queryParametersBecomeTheFieldsOfTheInput() throws Exception {
        String code = query("[{\"in\":\"query\",\"name\":\"tail\",\"required\":false,\"schema\":{\"type\":"
                + "\"integer\",\"minimum\":1,\"maximum\":10000,\"default\":100}}]");

        assertThat(code).contains("({@code GET /api/thing.find})").contains(".field(\"tail\").number(true)")
                .contains("the server's default: <code>100</code>");
    }
}
