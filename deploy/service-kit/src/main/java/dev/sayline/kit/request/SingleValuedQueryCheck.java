package dev.sayline.kit.request;

import dev.sayline.kit.problem.Problem;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the resource takes as one value, given twice ({@code ?id=a&id=b}, also
 * {@code ?Size=1&size=2}: the REST layer matches names without regard to case), is a 400: the
 * REST layer would keep the first and drop the second without a word. Parameters declared as a
 * collection ({@code List<String> tag}, directly or in a {@code @BeanParam}) stay repeatable.
 * Covers {@code @QueryParam} on method parameters and on the fields of {@code @BeanParam}
 * classes, the only ways these services declare them.
 */
public class SingleValuedQueryCheck {

    private final Map<Method, Set<String>> singleValued = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response rejectRepeatedParameters(RoutingContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (request.request().query() == null || method == null) {
            return null;
        }
        MultiMap given = request.queryParams();  // what the REST layer reads the parameters from
        Set<String> names = singleValued.computeIfAbsent(method, SingleValuedQueryCheck::singleValuedParameters);
        for (String name : names) {
            int count = given.getAll(name).size();
            if (count > 1) {
                return Problem.of(Response.Status.BAD_REQUEST, "query parameter '" + name + "' is given "
                        + count + " times; it takes one value", name).toResponse();
            }
        }
        return null;
    }

    static Set<String> singleValuedParameters(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            add(parameter, parameter.getType(), names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class;
                     type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(field, field.getType(), names);
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void add(AnnotatedElement element, Class<?> type, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null && !Collection.class.isAssignableFrom(type) && !type.isArray()) {
            names.add(query.value());
        }
    }
}
