package org.budgetledger.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The configured users, each reported locked while {@link SignInThrottle} holds its name: Spring
 * Security then refuses the sign-in before it checks the password.
 */
final class ThrottledUsers implements UserDetailsService {
  private final UserDetailsService users;
  private final SignInThrottle throttle;

  ThrottledUsers(UserDetailsService users, SignInThrottle throttle) {
    this.users = users;
    this.throttle = throttle;
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    UserDetails user = users.loadUserByUsername(name);
    return throttle.locked(name) ? User.withUserDetails(user).accountLocked(true).build() : user;
  }
}
