@harness
Feature: Step expressions
  Cucumber Expressions with built-in and custom parameter types, optional text,
  alternatives and regular-expression bindings all reach the right method with
  typed arguments.

  Background:
    Given an empty basket

  Scenario: Built-in parameter types
    When 1 apple is added
    And an item named "red grapes" costing 3.25 is added
    And a banana is added
    Then the basket holds 3 items
    And the last item is named "banana"

  Scenario: Alternatives and optional text
    When 2 apples are added
    And 1 pear is added
    Then the basket holds 3 items
    And the basket contains 3 items

  Scenario: A custom parameter type
    Given the delivery slot 09:30-11:00
    Then the slot lasts 90 minutes

  Scenario: A regular-expression binding
    When 3 pears are added
    And I remove 1 item with the regex binding
    Then the basket holds 2 items
    When I remove 2 items with the regex binding
    Then the basket holds 0 items
