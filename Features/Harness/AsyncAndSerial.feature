@harness @serial
Feature: Asynchronous steps and serial features
  Steps may return a Task; a feature tagged @serial runs alone after the parallel ones.

  Scenario: An asynchronous step completes
    When the basket is filled asynchronously with 3 items
    Then the basket holds 3 items
