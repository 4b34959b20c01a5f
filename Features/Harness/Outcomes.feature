@harness @expected-failure
Feature: Every outcome kind
  Kept out of the default run by the @expected-failure tag: each scenario ends in a
  different outcome, and the runner's own tests assert that it does.

  Scenario: A conformance failure
    Given an empty basket
    When 2 apples are added
    Then the basket holds 3 items
    And the basket is worth 1.00

  Scenario: A harness error
    Given an empty basket
    When the harness itself breaks

  Scenario: An undefined step
    Given an empty basket
    When 4 kiwis are juggled
    Then the basket holds 0 items

  Scenario: An ambiguous step
    Given an empty basket
    When the basket is shaken

  Scenario: A pending step
    Given an empty basket
    When the checkout is implemented

  Scenario: A skipped step
    Given an empty basket
    When the payment terminal is not configured
    Then the basket holds 0 items

  Scenario: A step that times out
    Given an empty basket
    When the scale takes 5 seconds to answer

  @wip
  Scenario: Work in progress
    Given an empty basket
    When 1 apple is added
