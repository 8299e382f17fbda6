package org.budgetledger.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application on a real port over an in-memory H2, without the seeds. Every web and security
 * test uses exactly this, so they share one Spring context (two cores: start it once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:web;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
public @interface WebAppTest {}
