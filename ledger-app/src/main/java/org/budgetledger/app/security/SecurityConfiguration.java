package org.budgetledger.app.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who may do what. Two chains: {@code /api/**} signs in with HTTP Basic on every request and keeps
 * no session, so CSRF cannot apply to it and it is off; the pages sign in with a form, keep a
 * session and check a CSRF token on every form. Writes (any method but GET, HEAD, OPTIONS) need 录入
 * or 管理员, and so do the pages that only write (录入调整, 导入); signing an audit checkpoint from the
 * pages needs 管理员; reads need any signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerUsers.class)
// The command line tool runs without a web server: it has no HTTP security to configure.
@ConditionalOnWebApplication
public class SecurityConfiguration {
  private static final String[] WRITERS = {LedgerRole.ENTRY.name(), LedgerRole.ADMIN.name()};

  @Bean
  PasswordEncoder passwordEncoder() {
    return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
  }

  @Bean
  DemoPasswordGuard demoPasswordGuard(
      LedgerUsers users, PasswordEncoder encoder, Environment environment) {
    return new DemoPasswordGuard(users, encoder, environment);
  }

  @Bean
  SignInThrottle signInThrottle(JdbcTemplate jdbc, LedgerUsers users, ObjectProvider<Clock> clock) {
    Set<String> names =
        users.users().stream().map(LedgerUser::name).collect(Collectors.toUnmodifiableSet());
    return new SignInThrottle(jdbc, names::contains, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  UserDetailsService users(LedgerUsers config, SignInThrottle throttle) {
    return new ThrottledUsers(ConfiguredUsers.of(config), throttle);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/api/**")
                    .authenticated()
                    .requestMatchers(HttpMethod.HEAD, "/api/**")
                    .authenticated()
                    // Signing a checkpoint vouches for the whole log: 管理员 only, as on the pages.
                    .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints")
                    .hasRole(LedgerRole.ADMIN.name())
                    // A rebuild rewrites every read model of every node: 管理员 only.
                    .requestMatchers(HttpMethod.POST, "/api/read-models/rebuild")
                    .hasRole(LedgerRole.ADMIN.name())
                    .anyRequest()
                    .hasAnyRole(WRITERS))
        .httpBasic(b -> b.authenticationEntryPoint(ApiProblems.unauthorized()))
        // A session cookie of the pages must not authenticate API calls: only Basic does.
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(ApiProblems.unauthorized())
                    .accessDeniedHandler(ApiProblems.forbidden()));
    return http.build();
  }

  /**
   * The actuator: health and its probes for anyone (a load balancer, a monitor), the rest (metrics,
   * health details) for a signed-in user, by HTTP Basic as a monitoring client signs in, or by the
   * pages' session. Under the pages' chain, Basic was not read and a monitor was sent to the login
   * page.
   */
  @Bean
  @Order(2)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .httpBasic(b -> b.authenticationEntryPoint(ApiProblems.unauthorized()))
        .csrf(c -> c.disable())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(ApiProblems.unauthorized())
                    .accessDeniedHandler(ApiProblems.forbidden()));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a
                    // A refused request is forwarded to /denied with its own method: that forward
                    // (and
                    // the error page) must be let through, or a refused POST forwards to itself
                    // forever.
                    .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(
                        "/login",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/error",
                        "/denied",
                        "/actuator/health",
                        "/actuator/health/liveness",
                        "/actuator/health/readiness")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/logout")
                    .authenticated()
                    .requestMatchers("/budgets/*/entries/**", "/imports", "/imports/**")
                    .hasAnyRole(WRITERS)
                    .requestMatchers(HttpMethod.POST, "/audit/checkpoints")
                    .hasRole(LedgerRole.ADMIN.name())
                    .requestMatchers(HttpMethod.GET, "/**")
                    .authenticated()
                    .anyRequest()
                    .hasAnyRole(WRITERS))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/budgets", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .exceptionHandling(e -> e.accessDeniedPage("/denied"));
    return http.build();
  }
}
