// govuk-frontend's components that need a script (the service navigation's menu button on a phone).
import { initAll } from "./govuk-frontend.min.js";

initAll();
