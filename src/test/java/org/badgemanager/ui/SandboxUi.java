package org.badgemanager.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.sandbox.SandboxPortal;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The one set-up of a window test: a fresh sandbox portal, a throw-away settings folder and the primary stage,
 * for every test.
 *
 * <pre>
 * &#64;ExtendWith(SandboxUi.class)
 * class SomeWindowTest {
 *     private UiHarness ui;                          // filled with a fresh harness before each test
 *
 *     &#64;Start void start(Stage stage) { ui.show(stage).connectDirectly(ConnectionRequest.sandbox()); }
 *
 *     &#64;Test void doesSomething(FxRobot robot, SandboxPortal portal) { ... }
 * }
 * </pre>
 *
 * A field of type {@link UiHarness} left {@code null} gets the default harness; a class that needs another portal
 * or client set-up initialises the field itself ({@code = new UiHarness(config, options)}) and the extension uses
 * that one. Either way the harness is closed after each test, before the stages are cleaned up. Test methods may
 * also take the {@link UiHarness} or its {@link SandboxPortal} as parameters, besides TestFX's {@code FxRobot};
 * {@code @Start}, {@code @Init} and {@code @Stop} work as with TestFX's own {@link ApplicationExtension}.
 */
public class SandboxUi extends ApplicationExtension {

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        // before TestFX looks at the instance, so that @Start methods find the harness ready
        for (Field field : harnessFields(testInstance.getClass())) {
            if (field.get(testInstance) == null) {
                field.set(testInstance, new UiHarness());
            }
        }
        super.postProcessTestInstance(testInstance, context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == UiHarness.class || type == SandboxPortal.class || super.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == UiHarness.class || type == SandboxPortal.class) {
            UiHarness harness = harnesses(context.getRequiredTestInstance()).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("The test class has no UiHarness field"));
            return type == UiHarness.class ? harness : harness.portal;
        }
        return super.resolveParameter(parameter, context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        // the order the hand-written set-ups had: portal and services go first, then TestFX cleans the stages
        try {
            context.getTestInstance().ifPresent(instance -> harnesses(instance).forEach(UiHarness::close));
        } finally {
            super.afterEach(context);
        }
    }

    private static List<UiHarness> harnesses(Object testInstance) {
        List<UiHarness> found = new ArrayList<>();
        try {
            for (Field field : harnessFields(testInstance.getClass())) {
                if (field.get(testInstance) instanceof UiHarness harness) {
                    found.add(harness);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static List<Field> harnessFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == UiHarness.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
