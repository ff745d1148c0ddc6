// Start Swagger UI on the API docs page, over the OpenAPI document named in #swagger-ui's data-spec.
"use strict";

(function () {
  const target = document.getElementById("swagger-ui");
  // SwaggerUIBundle is defined by swagger-ui-bundle.js, loaded just before this file.
  window.SwaggerUIBundle({
    url: target.dataset.spec,
    domNode: target,
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: true,
  });
})();
