package io.kamdesk.bootstrap.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Every rule, found by reflection so that a new rule cannot be forgotten by the checks on all rules. */
final class AllRules {

    private static final List<Class<?>> RULE_CLASSES =
            List.of(CoreRules.class, AdapterRules.class, AreaRules.class, CodingRules.class);

    private AllRules() {
    }

    record NamedRule(String name, ArchRule rule) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<NamedRule> on(Layout layout) {
        return RULE_CLASSES.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(AllRules::definesARule)
                .map(method -> new NamedRule(method.getDeclaringClass().getSimpleName() + "." + method.getName(),
                        invoke(method, layout)));
    }

    private static boolean definesARule(Method method) {
        return Modifier.isStatic(method.getModifiers()) && !Modifier.isPrivate(method.getModifiers())
                && method.getReturnType() == ArchRule.class
                && Arrays.equals(method.getParameterTypes(), new Class<?>[] {Layout.class});
    }

    private static ArchRule invoke(Method method, Layout layout) {
        try {
            return (ArchRule) method.invoke(null, layout);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build rule " + method, e);
        }
    }
}
