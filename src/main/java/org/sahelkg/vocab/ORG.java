package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C Organization Ontology terms the graph uses. */
public final class ORG {
    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Node C_ORGANIZATION = NodeFactory.createURI(NS + "Organization");
    public static final Node C_FORMAL_ORGANIZATION = NodeFactory.createURI(NS + "FormalOrganization");
    public static final Node C_MEMBERSHIP = NodeFactory.createURI(NS + "Membership");
    public static final Node C_POST = NodeFactory.createURI(NS + "Post");
    public static final Node C_ROLE = NodeFactory.createURI(NS + "Role");
    public static final Node MEMBER = NodeFactory.createURI(NS + "member");
    public static final Node ORGANIZATION = NodeFactory.createURI(NS + "organization");
    public static final Node ROLE = NodeFactory.createURI(NS + "role");
    public static final Node MEMBER_DURING = NodeFactory.createURI(NS + "memberDuring");
    public static final Node MEMBER_OF = NodeFactory.createURI(NS + "memberOf");
    public static final Node HAS_MEMBER = NodeFactory.createURI(NS + "hasMember");
    public static final Node HOLDS = NodeFactory.createURI(NS + "holds");
    public static final Node HELD_BY = NodeFactory.createURI(NS + "heldBy");
    public static final Node POST_IN = NodeFactory.createURI(NS + "postIn");
    public static final Node SUB_ORGANIZATION_OF = NodeFactory.createURI(NS + "subOrganizationOf");

    private ORG() {
    }
}
