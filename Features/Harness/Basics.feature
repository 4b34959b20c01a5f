@harness
Feature: Runner basics
  The harness runs its own Gherkin. These scenarios exercise backgrounds, rules,
  data tables, doc strings and outlines against tiny in-repo bindings, so a change
  to the runner that breaks one of them shows up in the default run.

  Background:
    Given an empty basket

  Scenario: Items are added one by one
    When 2 apples are added
    And 3 pears are added
    Then the basket holds 5 items

  Scenario: A data table fills the basket
    When these items are added:
      | name   | quantity | unit price |
      | apple  | 2        | 0.50       |
      | banana | 4        | 0.25       |
    Then the basket holds 6 items
    And the basket is worth 2.00

  Scenario: A doc string carries its media type
    When this note is attached:
      """application/json
      {"label": "fragile"}
      """
    Then the note has media type "application/json"
    And the note contains "fragile"

  Scenario Outline: Quantities add up
    When <first> apples are added
    And <second> pears are added
    Then the basket holds <total> items

    @small
    Examples: small baskets
      | first | second | total |
      | 1     | 1      | 2     |
      | 0     | 3      | 3     |

    @large
    Examples: large baskets
      | first | second | total |
      | 40    | 60     | 100   |

  Rule: Discounts apply to large baskets
    Background:
      Given a discount of 10 percent

    Scenario: The discount is applied
      When 10 apples are added
      Then the basket is worth 4.50
