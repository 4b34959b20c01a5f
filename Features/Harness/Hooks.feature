@harness @hooks
Feature: Hooks and scenario scope
  Hooks run in Order, tag-scoped hooks run only where their tag expression holds,
  and every scenario gets its own binding instances and context objects.

  @audited
  Scenario: Tag-scoped hooks run for tagged scenarios
    Then the hook log is "before-1, before-2, audited"

  Scenario: Untagged scenarios skip tag-scoped hooks
    Then the hook log is "before-1, before-2"

  Scenario: Steps share one context object within a scenario
    When the shared counter is incremented by the first binding class
    And the shared counter is incremented by the second binding class
    Then the shared counter is 2

  Scenario: A new scenario starts with a fresh context
    Then the shared counter is 0

  Scenario: Step hooks run around every step
    When the shared counter is incremented by the first binding class
    Then the step hook has seen 2 steps
