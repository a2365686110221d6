//! Tests of [`super`]: the output parses back as XML with the same texts and counts.

use super::*;
use quick_xml::events::Event;

/// An element of a parsed document: name, attributes and text, all unescaped.
#[derive(Debug)]
struct Elem {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
}

impl Elem {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses the whole document, failing the test on any XML error or unbalanced tag.
fn parse(xml: &str) -> Vec<Elem> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let (mut elems, mut open): (Vec<Elem>, Vec<usize>) = (Vec::new(), Vec::new());
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("attribute");
                        let value = a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .expect("value");
                        (a.key.as_ref().to_string(), value.into_owned())
                    })
                    .collect();
                let name = e.name().as_ref().to_string();
                elems.push(Elem {
                    name,
                    attrs,
                    text: String::new(),
                });
                if !empty {
                    open.push(elems.len() - 1);
                }
            }
            Event::End(_) => {
                open.pop().expect("balanced tags");
            }
            Event::Text(t) => {
                if let Some(&i) = open.last() {
                    elems[i].text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().expect("char ref") {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
                        .expect("predefined entity")
                        .to_string(),
                };
                elems[*open.last().expect("inside an element")]
                    .text
                    .push_str(&c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements");
    elems
}

fn count<'a>(elems: &'a [Elem], name: &str) -> Vec<&'a Elem> {
    elems.iter().filter(|e| e.name == name).collect()
}

const NASTY: &str = "A & B <Oy> \"lainaus\" 'yksi'\u{0}\u{8}\u{b}\u{ffff}\nrivi";
const CLEAN: &str = "A & B <Oy> \"lainaus\" 'yksi'\nrivi";

fn sample() -> GraphOut {
    let node = |id: &str, label: &str, kind: &str, attrs: &[(&str, &str)]| NodeOut {
        id: id.into(),
        label: label.into(),
        kind: kind.into(),
        attrs: attrs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    };
    let edge = |s: &str, t: &str, kind: &str, weight: f64| EdgeOut {
        source: s.into(),
        target: t.into(),
        kind: kind.into(),
        weight,
    };
    GraphOut {
        nodes: vec![
            node(
                "p1",
                NASTY,
                "project",
                &[("status", "active"), ("budget <€>", "1 250 000")],
            ),
            node(
                "a1",
                "Hämeen ammattikorkeakoulu",
                "actor",
                &[("business_id", "0201256-6")],
            ),
            node("t1", "Kiertotalous", "theme", &[]),
            node("p1", "duplicate id", "project", &[]),
        ],
        edges: vec![
            edge("p1", "a1", "lead", 1.0),
            edge("p1", "t1", "theme & more", 2.5),
            edge("p1", "missing", "partner", 1.0),
            edge("a1", "t1", "x", f64::NAN),
        ],
    }
}

#[test]
fn escaping_drops_forbidden_characters() {
    assert_eq!(xml_escape("a&b<c>\"d'"), "a&amp;b&lt;c&gt;&quot;d&apos;");
    assert_eq!(xml_escape("\u{0}x\u{1f}\t\u{fffe}ä"), "x&#9;ä");
    assert_eq!(xml_escape("😀"), "😀");
}

#[test]
fn graphml_is_well_formed_with_keys_and_counts() {
    let xml = to_graphml(&sample());
    let elems = parse(&xml);
    let nodes = count(&elems, "node");
    assert_eq!(nodes.len(), 3);
    assert_eq!(count(&elems, "edge").len(), 3);
    let keys = count(&elems, "key");
    let key_names: Vec<_> = keys.iter().map(|k| k.attr("attr.name").unwrap()).collect();
    assert_eq!(
        key_names,
        vec![
            "label",
            "kind",
            "status",
            "budget <€>",
            "business_id",
            "kind",
            "weight"
        ]
    );
    assert_eq!(
        count(&elems, "graph")[0].attr("edgedefault"),
        Some("undirected")
    );
    let data = count(&elems, "data");
    assert_eq!(data[0].attr("key"), Some("label"));
    assert_eq!(data[0].text, CLEAN);
    assert!(data
        .iter()
        .any(|d| d.attr("key") == Some("a1") && d.text == "1 250 000"));
    assert!(data
        .iter()
        .any(|d| d.attr("key") == Some("edge_kind") && d.text == "theme & more"));
    let weights: Vec<_> = data
        .iter()
        .filter(|d| d.attr("key") == Some("weight"))
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(weights, vec!["1", "2.5", "1"]);
}

#[test]
fn gexf_is_well_formed_with_attributes_and_counts() {
    let xml = to_gexf(&sample());
    let elems = parse(&xml);
    assert_eq!(count(&elems, "gexf")[0].attr("version"), Some("1.3"));
    let graph = count(&elems, "graph")[0];
    assert_eq!(
        (graph.attr("mode"), graph.attr("defaultedgetype")),
        (Some("static"), Some("undirected"))
    );
    let nodes = count(&elems, "node");
    assert_eq!(nodes.len(), 3);
    assert_eq!(nodes[0].attr("label"), Some(CLEAN));
    let titles: Vec<_> = count(&elems, "attribute")
        .iter()
        .map(|a| a.attr("title").unwrap())
        .collect();
    assert_eq!(titles, vec!["kind", "status", "budget <€>", "business_id"]);
    assert_eq!(count(&elems, "attributes")[0].attr("class"), Some("node"));
    let edges = count(&elems, "edge");
    assert_eq!(edges.len(), 3);
    assert_eq!(edges[1].attr("label"), Some("theme & more"));
    assert_eq!(edges[1].attr("weight"), Some("2.5"));
    assert!(count(&elems, "attvalue")
        .iter()
        .any(|v| v.attr("for") == Some("a2") && v.attr("value") == Some("0201256-6")));
}

#[test]
fn empty_graph_is_still_a_document() {
    for xml in [
        to_graphml(&GraphOut::default()),
        to_gexf(&GraphOut::default()),
    ] {
        let elems = parse(&xml);
        assert!(count(&elems, "node").is_empty() && count(&elems, "graph").len() == 1);
    }
}
