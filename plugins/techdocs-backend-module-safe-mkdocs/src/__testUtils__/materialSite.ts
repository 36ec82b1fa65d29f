/** The shape Material's own documentation recommends, emoji included. */
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
  - techdocs-core
markdown_extensions:
  - admonition
  - attr_list
  - toc:
      permalink: true
  - pymdownx.highlight:
      anchor_linenums: true
  - pymdownx.superfences
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
extra:
  social:
    - icon: fontawesome/brands/github
      link: https://github.com/example
`;
