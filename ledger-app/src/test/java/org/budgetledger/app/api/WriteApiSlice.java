package org.budgetledger.app.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.security.SecurityConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What every write controller's {@code @WebMvcTest} slice adds to the controller under test: the
 * application's own security (the demo users of application.yml, HTTP Basic, the roles) and the
 * signed-in user as the actor. The services behind the controller are mocks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecurityConfiguration.class, CurrentActor.class, SliceSignInStore.class})
@interface WriteApiSlice {
  String LURU = "luru";
  String LURU_PASSWORD = "luru-demo-2026";
  String SHENJI = "shenji";
  String SHENJI_PASSWORD = "shenji-demo-2026";
  String ADMIN = "admin";
  String ADMIN_PASSWORD = "admin-demo-2026";
}
