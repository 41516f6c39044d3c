// Placeholder: the reader widget (issue 14) is built here.
export {};
