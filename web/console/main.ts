// Placeholder: the moderator console (issue 14) is built here.
export {};
