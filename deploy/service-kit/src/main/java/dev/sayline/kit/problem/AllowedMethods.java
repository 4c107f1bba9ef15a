package dev.sayline.kit.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path of this service takes, for the {@code Allow} header a 405 must carry
 * (RFC 9110, 15.5.6): RESTEasy's {@code NotAllowedException} names none. Read once from the
 * annotations of the JAX-RS resources, which are beans.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    public AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(template(root.value() + "/" + (sub == null ? "" : sub.value())), httpMethod));
                }
            }
        }
    }

    /** The methods {@code path} (as the request gave it, from the application root) takes; empty if none. */
    public Set<String> of(String path) {
        Set<String> allowed = new TreeSet<>();
        String normalised = normalise(path);
        for (Route route : routes) {
            if (route.path().matcher(normalised).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /documents/{id}/similar} → a pattern; a parameter's own regex ({@code {id: \d+}}) is kept. */
    static Pattern template(String template) {
        String path = normalise(template);
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(path);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start())));
            regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).strip()).append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String normalise(String path) {
        String single = ("/" + path).replaceAll("/+", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }
}
