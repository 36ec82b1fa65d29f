import type { Root } from 'mdast';
import { linkDefinitions } from '../links/linkedText';
import { FrontMatter, readFrontMatter } from '../markdown/frontMatter';
import { parseMarkdown } from '../markdown/parseMarkdown';
import type { DecisionFile } from '../parser';
import { readStatusList, StatusList } from './statusList';

/** A decision file read once into the pieces every built-in parser uses. */
export interface RecordParts {
  fileName: string;
  frontMatter: FrontMatter;
  /** The body (markdown without front matter) as mdast. */
  tree: Root;
  /** Link reference definitions of the body. */
  definitions: ReadonlyMap<string, string>;
  /** MADR 2 / log4brains `* Status:` list; empty when there is none. */
  statusList: StatusList;
}

/** Reads front matter, markdown and status list; throws an Error saying what is wrong. */
export function readRecordParts(file: DecisionFile): RecordParts {
  const frontMatter = readFrontMatter(file.text);
  const tree = parseMarkdown(frontMatter.body);
  const definitions = linkDefinitions(tree);
  return {
    fileName: file.fileName,
    frontMatter,
    tree,
    definitions,
    statusList: readStatusList(tree, definitions),
  };
}
