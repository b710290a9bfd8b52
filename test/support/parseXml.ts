/** The build's XML reader (scripts/build/parseXml.ts), for tests that read manifest.xml. */
export * from "../../scripts/build/parseXml";
