/**
 * A Material site as teams write them (the corpus of the README), in the
 * form this portal builds: no techdocs-core, no Python names.
 */
export const materialSite = `
site_name: Payments
site_url: https://docs.example.com/payments/
repo_url: https://github.com/example/payments
edit_uri: edit/main/docs/
theme:
  name: material
  features: [navigation.tabs, navigation.sections, search.highlight]
  palette:
    - scheme: default
      toggle: { icon: material/brightness-7, name: Dark mode }
    - scheme: slate
      toggle: { icon: material/brightness-4, name: Light mode }
nav:
  - Home: index.md
  - Runbooks:
      - runbooks/index.md
plugins:
  - search:
      lang: en
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - toc:
      permalink: true
  - pymdownx.highlight:
      anchor_linenums: true
  - pymdownx.inlinehilite
  - pymdownx.superfences
  - pymdownx.details
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.emoji
  - pymdownx.mark
  - pymdownx.caret
  - pymdownx.tilde
  - pymdownx.keys
  - pymdownx.arithmatex:
      generic: true
extra:
  social:
    - icon: fontawesome/brands/github
      link: https://github.com/example
`;
