package org.clientele.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.util.ObjectUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every form record its problems and its values back when a field could not be converted
 * (a text where a number, id, date or choice belongs). Spring then builds the record without that
 * value but ties the problems to no object, so the page had neither the form nor its messages and
 * failed or lost them. Wrapped around Spring's own form binding, this ties the problems to the
 * record the handler receives: the page shows the form with a message at the field and every other
 * value as typed, with the status the handler gives any invalid input.
 */
public final class PartlyBoundForms implements HandlerMethodArgumentResolver {

    private final HandlerMethodArgumentResolver binding;

    private PartlyBoundForms(HandlerMethodArgumentResolver binding) {
        this.binding = binding;
    }

    /** The resolvers with Spring's form binding wrapped, in the same order. */
    public static List<HandlerMethodArgumentResolver> around(List<HandlerMethodArgumentResolver> resolvers) {
        return resolvers.stream()
                .map(resolver -> resolver instanceof ModelAttributeMethodProcessor ? new PartlyBoundForms(resolver) : resolver)
                .toList();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return binding.supportsParameter(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) throws Exception {
        Object form = binding.resolveArgument(parameter, container, request, binders);
        String name = ModelFactory.getNameForParameter(parameter);
        Object target = ObjectUtils.unwrapOptional(form);
        if (target != null && container.getModel().get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult problems
                && problems.getTarget() == null) {
            BindingResult tied = binders.createBinder(request, target, name).getBindingResult();
            tied.addAllErrors(problems);
            // the handler's BindingResult parameter is the last one in the model, so it goes to the end as Spring puts it
            Map<String, Object> attributes = tied.getModel();
            container.removeAttributes(attributes);
            container.addAllAttributes(attributes);
        }
        return form;
    }
}
