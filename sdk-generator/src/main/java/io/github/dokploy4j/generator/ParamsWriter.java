package io.github.dokploy4j.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the input class of one procedure ({@code …Params}) with the objects and enums nested in it: an immutable
 * {@link Types#PARAMS_OBJECT} subclass with one accessor per field, a builder with one setter per field, and the
 * schema {@code build()} checks. Nested objects and enums become nested classes, named after their field
 * ({@code Item} appended for the elements of a list); a name taken twice gets its parent's name in front.
 */
final class ParamsWriter {
    private final Procedure procedure;
    private final SecretRule secrets;
    private final ClassName top;
    private final Set<String> used = new HashSet<>();
    private final List<TypeSpec> nested = new ArrayList<>();

    private ParamsWriter(Procedure procedure, SecretRule secrets) {
        this.procedure = procedure;
        this.secrets = secrets;
        this.top = ClassName.get(Names.packageOf(procedure.router()), Names.paramsClass(procedure));
        used.add(top.simpleName());
        used.add("Builder");
    }

    static ClassName className(Procedure procedure) {
        return ClassName.get(Names.packageOf(procedure.router()), Names.paramsClass(procedure));
    }

    static TypeSpec write(Procedure procedure, SecretRule secrets) {
        ParamsWriter writer = new ParamsWriter(procedure, secrets);
        String javadoc = "The input of " + Doc.code(procedure.name()) + " (" + Doc.code(procedure.kind().method
                + " /api/" + procedure.name()) + "), checked as the server's schema checks it when it is built.\n\n"
                + "<p>Build it with {@link #builder()}: a field that is never set is left out of the request, a field"
                + " set to {@code null} (where allowed) is sent as {@code null}. {@code build()} throws an"
                + " {@link IllegalArgumentException} naming the field, the rule and the procedure when a rule is"
                + " broken; a setter throws a {@link NullPointerException} for a {@code null} the server would"
                + " refuse. {@code toString()} masks secret fields.\n";
        TypeSpec.Builder type = writer.object(writer.top, null, procedure.input(), javadoc);
        writer.nested.forEach(type::addType);
        return type.build();
    }

    private TypeSpec.Builder object(ClassName name, String path, Schema.Obj object, String javadoc) {
        ClassName builder = name.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Types.PARAMS_OBJECT)
                .addJavadoc("$L", javadoc)
                .addAnnotation(AnnotationSpec.builder(Types.JSON_DESERIALIZE)
                        .addMember("builder", "$T.class", builder).build());
        if (path != null) {
            type.addModifiers(Modifier.STATIC);
        }
        CodeBlock.Builder schema = CodeBlock.builder();
        if (path == null) {
            schema.add("$T.builder($S)", Types.PARAMS_SCHEMA, procedure.name());
        } else {
            schema.add("$T.nested($S, $S)", Types.PARAMS_SCHEMA, procedure.name(), path);
        }
        schema.indent().indent();
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Types.PARAMS_OBJECT.nestedClass("Builder"), name, builder))
                .addJavadoc("Builds {@link $T} values; {@link #build()} checks the rules.\n", name)
                .addAnnotation(AnnotationSpec.builder(Types.JSON_POJO_BUILDER).addMember("withPrefix", "$S", "")
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addStatement("super(SCHEMA)").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(name, "from").addStatement("super(SCHEMA, from)").build());
        List<MethodSpec> accessors = new ArrayList<>();
        Set<String> members = new HashSet<>();
        for (Schema.Field field : object.fields()) {
            String member = Names.member(field.name());
            if (!members.add(member)) {
                throw new IllegalStateException(procedure.name() + ": two fields named " + member);
            }
            String fieldPath = path == null ? field.name() : path + "." + field.name();
            TypeName valueType = typeOf(field.schema(), field.name(), fieldPath);
            schema.add("\n.field($S)", field.name());
            if (field.required()) {
                schema.add(".required()");
            }
            if (field.nullable()) {
                schema.add(".nullable()");
            }
            rules(schema, field.schema());
            accessors.add(accessor(field, member, valueType));
            builderType.addMethod(setter(name, builder, field, member, valueType));
        }
        schema.add("\n.build()").unindent().unindent();
        type.addField(FieldSpec.builder(Types.PARAMS_SCHEMA, "SCHEMA", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(schema.build()).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder")
                .addStatement("super(SCHEMA, builder)").build());
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder).addJavadoc("Starts an empty builder.\n\n@return a new builder\n")
                .addStatement("return new $T()", builder).build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("Starts a builder holding this value's fields, to change some of them.\n\n"
                        + "@return a new builder\n")
                .addStatement("return new $T(this)", builder).build());
        type.addMethods(accessors);
        builderType.addMethod(MethodSpec.methodBuilder("build").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(name)
                .addStatement("return new $T(this)", name).build());
        type.addType(builderType.build());
        return type;
    }

    private static void rules(CodeBlock.Builder schema, Schema s) {
        if (s instanceof Schema.Str string) {
            if (string.minLength() != null) {
                schema.add(".minLength($L)", string.minLength());
            }
            if (string.maxLength() != null) {
                schema.add(".maxLength($L)", string.maxLength());
            }
            if (string.pattern() != null) {
                schema.add("$>\n.pattern($S, $S, $L)$<", JsRegex.toJava(string.pattern()), string.pattern(),
                        string.orEmpty());
            }
            if ("uri".equals(string.format())) {
                schema.add(".url()");
            }
        } else if (s instanceof Schema.Num number) {
            schema.add(".number($L)", number.integer());
            if (number.minimum() != null) {
                schema.add(".minimum($L)", Doc.plain(number.minimum()));
            }
            if (number.maximum() != null) {
                schema.add(".maximum($L)", Doc.plain(number.maximum()));
            }
        } else if (s instanceof Schema.Array array) {
            if (array.minItems() != null) {
                schema.add(".minItems($L)", array.minItems());
            }
            rules(schema, array.items());
        }
    }

    private MethodSpec accessor(Schema.Field field, String member, TypeName valueType) {
        boolean guaranteed = field.required() && !field.nullable();
        TypeName returns = guaranteed ? (valueType.equals(Types.BOOLEAN) ? TypeName.BOOLEAN : valueType)
                : ParameterizedTypeName.get(Types.OPTIONAL, valueType);
        MethodSpec.Builder method = MethodSpec.methodBuilder(member).addModifiers(Modifier.PUBLIC).returns(returns)
                .addJavadoc("The {@code $L} field: $L.\n\n@return $L\n", field.name(), Doc.rules(field, secrets),
                        guaranteed ? "the value" : "the value, or empty when it is not set or {@code null}");
        if (guaranteed) {
            method.addStatement("return this.<$T>required($S)", valueType, field.name());
        } else {
            method.addStatement("return optional($S)", field.name());
        }
        return method.build();
    }

    private static MethodSpec setter(ClassName owner, ClassName builder, Schema.Field field, String member,
            TypeName valueType) {
        ParameterSpec.Builder parameter = ParameterSpec.builder(field.nullable()
                ? valueType.annotated(AnnotationSpec.builder(Types.NULLABLE).build()) : valueType, member);
        MethodSpec.Builder method = MethodSpec.methodBuilder(member).addModifiers(Modifier.PUBLIC).returns(builder)
                .addParameter(parameter.build())
                .addJavadoc("Sets {@link $T#$L() $L}.\n\n@param $L the value$L\n@return this builder\n", owner, member,
                        field.name(), member, field.nullable() ? ", or {@code null} to send {@code null}" : "");
        if (!field.nullable()) {
            method.addJavadoc("@throws NullPointerException when it is {@code null}\n");
        }
        if (!member.equals(field.name())) {
            method.addAnnotation(AnnotationSpec.builder(Types.JSON_PROPERTY).addMember("value", "$S", field.name())
                    .build());
        }
        return method.addStatement("return set($S, $L)", field.name(), member).build();
    }

    private TypeName typeOf(Schema schema, String field, String path) {
        if (schema instanceof Schema.Str string) {
            return string.isEnum() ? enumType(string, Names.upperCamel(field), path) : Types.STRING;
        }
        if (schema instanceof Schema.Num) {
            return Types.NUMBER;
        }
        if (schema instanceof Schema.Bool) {
            return Types.BOOLEAN;
        }
        if (schema instanceof Schema.Array array) {
            TypeName item = array.items() instanceof Schema.Obj || isEnum(array.items())
                    ? typeOf(array.items(), field + "Item", path + "[]") : typeOf(array.items(), field, path + "[]");
            return ParameterizedTypeName.get(Types.LIST, item);
        }
        if (schema instanceof Schema.MapOf map) {
            return ParameterizedTypeName.get(Types.MAP, Types.STRING, typeOf(map.values(), field + "Value",
                    path + "{}"));
        }
        if (schema instanceof Schema.Obj object) {
            ClassName name = top.nestedClass(claim(Names.upperCamel(field), path));
            String javadoc = "The {@code " + path + "} object of " + Doc.code(procedure.name())
                    + "'s input.\n";
            nested.add(object(name, path, object, javadoc).build());
            return name;
        }
        if (schema instanceof Schema.Any) {
            return Types.JSON_NODE;
        }
        throw new IllegalStateException(procedure.name() + ": " + path + " cannot be typed: " + schema);
    }

    private static boolean isEnum(Schema schema) {
        return schema instanceof Schema.Str string && string.isEnum();
    }

    private ClassName enumType(Schema.Str string, String preferred, String path) {
        ClassName name = top.nestedClass(claim(preferred, path));
        TypeSpec.Builder type = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values of {@code $L} in $L's input.\n", path, Doc.code(procedure.name()));
        Set<String> constants = new HashSet<>();
        for (String value : string.values()) {
            String constant = Names.constant(value);
            if (!constants.add(constant)) {
                throw new IllegalStateException(procedure.name() + ": two enum constants " + constant);
            }
            type.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("$S", value)
                    .addJavadoc("$L.\n", Doc.literal(value)).build());
        }
        type.addField(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "wireValue")
                        .addStatement("this.wireValue = wireValue").build())
                .addMethod(MethodSpec.methodBuilder("wireValue").addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addAnnotation(Types.JSON_VALUE)
                        .addJavadoc("Returns the value as the server reads it.\n\n@return the wire value\n")
                        .addStatement("return wireValue").build());
        nested.add(type.build());
        return name;
    }

    private String claim(String preferred, String path) {
        String name = preferred;
        if (!used.add(name)) {
            name = Names.upperCamel(path.replace("[]", "Item").replace("{}", "Value").replace('.', '_'));
            if (!used.add(name)) {
                throw new IllegalStateException(procedure.name() + ": cannot name the type of " + path);
            }
        }
        return name;
    }
}
