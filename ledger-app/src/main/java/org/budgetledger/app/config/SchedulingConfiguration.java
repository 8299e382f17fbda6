package org.budgetledger.app.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work in every run, command line included: the nodes following a switch of the read
 * models ({@code rebuild.SlotFollower}). The periodic checkpoints have their own, conditional.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfiguration {}
