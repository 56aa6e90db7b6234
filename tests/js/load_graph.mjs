// Loads a GEXF or GraphML file the way Gephi Lite does, and prints what came
// through as JSON on stdout:
//
//   node load_graph.mjs gexf|graphml FILE
//
// Gephi Lite parses with the browser builds of graphology-gexf and
// graphology-graphml, which take the page's DOMParser, into graphology's
// default Graph class (not a multigraph: the parsers upgrade it when they meet
// parallel edges). Node has no DOMParser, so @xmldom/xmldom's stands in. The
// parsers run without Gephi Lite's lenient options (addMissingNodes,
// allowUndeclaredAttributes): a dangling edge or an undeclared attribute fails.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DOMParser, Document } from "@xmldom/xmldom";

// The browser parsers read these globals when they are first loaded.
globalThis.DOMParser = DOMParser;
globalThis.Document = Document;

const require = createRequire(import.meta.url);
const Graph = require("graphology");
const parsers = {
  gexf: require("graphology-gexf/browser").parse,
  graphml: require("graphology-graphml/browser").parse,
};

const [format, file] = process.argv.slice(2);
if (!(format in parsers) || !file) {
  console.error("usage: node load_graph.mjs gexf|graphml FILE");
  process.exit(2);
}

const graph = parsers[format](Graph, readFileSync(file, "utf8"));
const show = (value) => (value === undefined ? null : value);
process.stdout.write(JSON.stringify({
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  attributes: graph.getAttributes(),
  nodes: graph.mapNodes((key, attr) => [key, show(attr.label), show(attr.type)]),
  edges: graph.mapEdges((key, attr, source, target) => [key, source, target, show(attr.label), show(attr.relation)]),
}) + "\n");
