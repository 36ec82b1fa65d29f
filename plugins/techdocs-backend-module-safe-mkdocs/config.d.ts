export interface Config {
  /**
   * Read by Backstage's TechDocs generator (techdocs-node) but missing from
   * its published schema, so a strict config check refused it. This module
   * runs that generator, so it declares the key.
   */
  techdocs?: {
    generator?: {
      mkdocs?: {
        /**
         * Leave out the `techdocs-core` MkDocs plugin the generator adds by
         * default (it lives on PyPI; sites here name their theme and
         * extensions themselves).
         */
        omitTechdocsCorePlugin?: boolean;
      };
    };
  };
  localplus?: {
    techdocs?: {
      /**
       * Check each site's mkdocs.yml before `mkdocs build` and refuse to
       * build one that would run code from its repository. Default true;
       * false hands builds to Backstage's generator unchecked.
       */
      checkMkdocsYml?: boolean;
      /**
       * MkDocs plugins a site may name under `plugins:`. Replaces the
       * default list: search (the only plugin Debian's mkdocs installs).
       */
      allowedPlugins?: string[];
      /**
       * Python-Markdown extensions a site may name under
       * `markdown_extensions:` (exact names, `module:Class` forms included).
       * Replaces the default list: every extension of Python-Markdown and
       * pymdownx in the portal's image that only turns Markdown into HTML.
       */
      allowedMarkdownExtensions?: string[];
      /**
       * Python functions a site may name with `!!python/name:<name>`, the
       * way Material's emoji setup does. Calls (`!!python/object/apply:` and
       * the like) are always refused. Replaces the default list, which is
       * empty: Backstage's generator refuses every such name but
       * materialx.emoji.twemoji, which the portal's image does not install.
       */
      allowedPythonNames?: string[];
      /** Largest mkdocs.yml accepted, in bytes. Default 262144 (256 KiB), at most 4 MiB. */
      maxMkdocsYmlBytes?: number;
    };
  };
}
