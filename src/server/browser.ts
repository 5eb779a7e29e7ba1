// What a browser bundle gets for `react-portone-inicis/server`: a clear stop instead of a leaked secret.
throw new Error(
  "react-portone-inicis/server runs on a server: it holds your API secret. Import it from server code (an API route, a server action, a Node server), never from browser code.",
);
