package org.clientele.platform.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.Flash;
import org.clientele.platform.api.ApiRequests;
import org.clientele.shared.web.PartlyBoundForms;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A page's query parameter that cannot be read as what the handler takes (a text where a number,
 * id, date or choice belongs, typed into the address), whether the handler takes it alone or in a
 * record of list filters, is treated as absent, and the page names it above its content instead
 * of answering the 400 error page. Only for pages asked for with GET; the API keeps answering such
 * a parameter with a 400 problem, and forms keep their messages at the fields (decision 24).
 */
final class UnreadablePageParameters implements HandlerMethodArgumentResolver {

    static final String MESSAGE = "page.parameters.unreadable";

    private final HandlerMethodArgumentResolver reading;

    private UnreadablePageParameters(HandlerMethodArgumentResolver reading) {
        this.reading = reading;
    }

    /** The resolvers with Spring's query parameter reading wrapped, in the same order. */
    static List<HandlerMethodArgumentResolver> around(List<HandlerMethodArgumentResolver> resolvers) {
        return resolvers.stream()
                .map(resolver -> resolver instanceof RequestParamMethodArgumentResolver || resolver instanceof PartlyBoundForms
                        ? new UnreadablePageParameters(resolver) : resolver)
                .toList();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return reading.supportsParameter(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) throws Exception {
        try {
            return reading.resolveArgument(parameter, container, request, binders);
        }
        catch (MethodArgumentTypeMismatchException | BindException ex) {
            HttpServletRequest page = request.getNativeRequest(HttpServletRequest.class);
            Set<String> unreadable = unreadable(ex);
            if (container == null || page == null || unreadable.isEmpty() || !HttpMethod.GET.matches(page.getMethod())
                    || ApiRequests.isApi(page)) {
                throw ex;
            }
            mention(container, unreadable);
            return reading.resolveArgument(parameter, container,
                    new ServletWebRequest(without(page, unreadable), request.getNativeResponse(HttpServletResponse.class)), binders);
        }
    }

    /** The parameters that could not be converted, or none if anything else went wrong (such as a validation). */
    private static Set<String> unreadable(Exception ex) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return Set.of(mismatch.getName());
        }
        List<ObjectError> problems = ((BindException) ex).getAllErrors();
        boolean onlyConversions = problems.stream().allMatch(problem -> problem instanceof FieldError field && field.isBindingFailure());
        return onlyConversions
                ? problems.stream().map(problem -> ((FieldError) problem).getField()).collect(Collectors.toCollection(TreeSet::new))
                : Set.of();
    }

    private static void mention(ModelAndViewContainer container, Set<String> unreadable) {
        String names = String.join(", ", unreadable);
        if (container.getModel().get(Flash.ATTRIBUTE) instanceof Flash earlier && MESSAGE.equals(earlier.messageKey())) {
            names = earlier.arguments().get(0) + ", " + names;
        }
        container.addAttribute(Flash.ATTRIBUTE, Flash.warning(MESSAGE, names));
    }

    private static HttpServletRequest without(HttpServletRequest request, Set<String> unreadable) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return unreadable.contains(name) ? null : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return unreadable.contains(name) ? null : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> readable = new LinkedHashMap<>(super.getParameterMap());
                readable.keySet().removeAll(unreadable);
                return readable;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }
        };
    }
}
