//! The relationship network as files Gephi opens: GraphML and GEXF 1.3, both undirected.
//! The input is a plain [`GraphOut`] the caller builds from its own network type.
//!
//! Every text is XML-escaped and characters XML 1.0 forbids (controls other than tab,
//! line feed and carriage return; U+FFFE, U+FFFF) are dropped. So that the output stays
//! valid, a node id seen before is skipped, and so is an edge whose end is not a node.
//! A weight that is not finite is written as 1.

use std::collections::HashSet;
use std::fmt::Write;

/// A network to export.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GraphOut {
    pub nodes: Vec<NodeOut>,
    pub edges: Vec<EdgeOut>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct NodeOut {
    /// Unique, e.g. `p12`, `a3`, `t5`.
    pub id: String,
    pub label: String,
    /// `project`, `actor` or `theme`.
    pub kind: String,
    /// Further attributes (`status`, `business_id` …); each name is declared once, and
    /// only the first value of a name repeated on one node is written.
    pub attrs: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EdgeOut {
    pub source: String,
    pub target: String,
    /// The relation, e.g. `lead`, `partner`, `theme`.
    pub kind: String,
    pub weight: f64,
}

/// XML text with `&`, `<`, `>`, `"`, `'` escaped, forbidden characters dropped, and tab,
/// line feed and carriage return as character references so attributes keep them.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The nodes with unique ids, the edges between them, and the attribute names in order
/// of first appearance.
fn clean(g: &GraphOut) -> (Vec<&NodeOut>, Vec<&EdgeOut>, Vec<&str>) {
    let mut ids = HashSet::new();
    let nodes: Vec<&NodeOut> = g
        .nodes
        .iter()
        .filter(|n| ids.insert(n.id.as_str()))
        .collect();
    let edges = g
        .edges
        .iter()
        .filter(|e| ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()))
        .collect();
    let mut names: Vec<&str> = Vec::new();
    for (name, _) in nodes.iter().flat_map(|n| &n.attrs) {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    (nodes, edges, names)
}

/// A node's attributes as (index in `names`, value), the first value of each name.
fn node_attrs<'a>(n: &'a NodeOut, names: &[&str]) -> Vec<(usize, &'a str)> {
    let mut out: Vec<(usize, &str)> = Vec::new();
    for (name, value) in &n.attrs {
        let i = names.iter().position(|m| m == name).unwrap_or(0);
        if !out.iter().any(|(j, _)| *j == i) {
            out.push((i, value));
        }
    }
    out
}

fn weight(w: f64) -> f64 {
    if w.is_finite() {
        w
    } else {
        1.0
    }
}

/// GraphML with keys `label`, `kind` (nodes), `a0`, `a1` … (the attributes, by name),
/// `edge_kind` and `weight` (edges).
pub fn to_graphml(g: &GraphOut) -> String {
    let (nodes, edges, names) = clean(g);
    let mut x = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ",
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n",
    ));
    for (i, name) in names.iter().enumerate() {
        let name = xml_escape(name);
        let _ = writeln!(
            x,
            "  <key id=\"a{i}\" for=\"node\" attr.name=\"{name}\" attr.type=\"string\"/>"
        );
    }
    x.push_str("  <key id=\"edge_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n");
    x.push_str("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
    x.push_str("  <graph id=\"G\" edgedefault=\"undirected\">\n");
    for n in nodes {
        let _ = write!(
            x,
            "    <node id=\"{}\"><data key=\"label\">{}</data><data key=\"kind\">{}</data>",
            xml_escape(&n.id),
            xml_escape(&n.label),
            xml_escape(&n.kind)
        );
        for (i, value) in node_attrs(n, &names) {
            let _ = write!(x, "<data key=\"a{i}\">{}</data>", xml_escape(value));
        }
        x.push_str("</node>\n");
    }
    for (i, e) in edges.iter().enumerate() {
        let _ = writeln!(
            x,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\"><data key=\"edge_kind\">{}</data><data key=\"weight\">{}</data></edge>",
            xml_escape(&e.source),
            xml_escape(&e.target),
            xml_escape(&e.kind),
            weight(e.weight)
        );
    }
    x.push_str("  </graph>\n</graphml>\n");
    x
}

/// GEXF 1.3, static and undirected: node attributes `kind` and the named ones declared
/// as strings; edges with their weight and the relation as label.
pub fn to_gexf(g: &GraphOut) -> String {
    let (nodes, edges, names) = clean(g);
    let mut x = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://gexf.net/1.3\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
        "  <meta><creator>Hankekartta</creator></meta>\n",
        "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n",
        "    <attributes class=\"node\">\n",
        "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n",
    ));
    for (i, name) in names.iter().enumerate() {
        let _ = writeln!(
            x,
            "      <attribute id=\"a{i}\" title=\"{}\" type=\"string\"/>",
            xml_escape(name)
        );
    }
    x.push_str("    </attributes>\n    <nodes>\n");
    for n in nodes {
        let _ = write!(
            x,
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/>",
            xml_escape(&n.id),
            xml_escape(&n.label),
            xml_escape(&n.kind)
        );
        for (i, value) in node_attrs(n, &names) {
            let _ = write!(
                x,
                "<attvalue for=\"a{i}\" value=\"{}\"/>",
                xml_escape(value)
            );
        }
        x.push_str("</attvalues></node>\n");
    }
    x.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in edges.iter().enumerate() {
        let _ = writeln!(
            x,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\" label=\"{}\"/>",
            xml_escape(&e.source),
            xml_escape(&e.target),
            weight(e.weight),
            xml_escape(&e.kind)
        );
    }
    x.push_str("    </edges>\n  </graph>\n</gexf>\n");
    x
}

#[cfg(test)]
mod tests;
