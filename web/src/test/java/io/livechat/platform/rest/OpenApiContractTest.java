package io.livechat.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.OpenApiDocument;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept OpenAPI document (META-INF/openapi.yaml) describes every operation the JAX-RS
 * resources have, and no other: when a resource changes, this test says what to add to the contract.
 */
class OpenApiContractTest {

    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS =
            Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    @Test
    void theContractNamesExactlyTheResourcesOperations() throws Exception {
        TreeSet<String> documented = OpenApiDocument.operations();
        TreeSet<String> implemented = implementedOperations();
        assertTrue(implemented.size() > 10, "resources found: " + implemented);
        assertEquals(implemented, documented);
    }

    private static TreeSet<String> implementedOperations() throws IOException, ClassNotFoundException {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        TreeSet<String> operations = new TreeSet<>();
        for (Class<?> type : resourceClasses()) {
            String base = root + "/" + type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String sub = method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "";
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        operations.add(verb + " " + (base + sub).replaceAll("/+", "/"));
                    }
                });
            }
        }
        return operations;
    }

    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiContractTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
