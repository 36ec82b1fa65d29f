import { MarkdownContent } from '@backstage/core-components';
import type { DecisionRecord } from '@localplus/plugin-adr-common';
import { useMemo } from 'react';
import { useDecisionPath } from '../../hooks/useDecisionPath';
import { prepareDecisionMarkdown } from './decisionMarkdown';

/**
 * The record's markdown, rendered as GitHub-flavoured markdown once made
 * safe: no raw HTML or script reaches the page, and links to sibling
 * decision files open those decisions in the portal.
 */
export function DecisionBody(props: { record: DecisionRecord }) {
  const { record } = props;
  const pathOf = useDecisionPath();
  const content = useMemo(
    () =>
      prepareDecisionMarkdown(record.body, {
        links: record.links,
        location: record.location,
        pathOf,
      }),
    [record.body, record.links, record.location, pathOf],
  );
  return <MarkdownContent content={content} dialect="gfm" />;
}
