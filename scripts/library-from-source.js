// `node --import ./scripts/library-from-source.js …`: the library's build (dist/), as the contract
// kit imports it, answered from the source instead. The kit runs the elements' own checks of an
// endpoint's answers (contract/elements.js) from dist/, which the package ships beside it; a
// checkout has no dist/ until `npm run build`, or an old one. Its tests run the kit this way, so
// they check the source as it is now, with no build first.
import { register } from 'node:module';

register('./library-from-source.hooks.js', import.meta.url);
