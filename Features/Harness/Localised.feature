# language: fr
@harness
Fonctionnalité: Mots-clés localisés
  Le runner comprend les mots-clés de toutes les langues de Gherkin.

  Scénario: Un panier en français
    Soit an empty basket
    Quand 2 apples are added
    Alors the basket holds 2 items
