import { writeSupergraph } from '../composeSupergraph.ts';
import { SUPERGRAPH_PATH } from '../subgraphList.ts';

const changed = await writeSupergraph();
console.log(`${changed ? 'wrote' : 'unchanged'} ${SUPERGRAPH_PATH}`);
