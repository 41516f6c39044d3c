// Placeholder: the listing-page counter (issue 14) is built here.
export {};
