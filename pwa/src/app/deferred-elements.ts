// The Ionic elements the login screen leaves out (DEFERRED_IONIC in vite.config.ts), defined as
// soon as a screen that uses them loads (the signed-in app, the page layout) so they render at once.
import { defineCustomElement as defineAlert } from '@ionic/core/components/ion-alert.js';
import { defineCustomElement as defineBackButton } from '@ionic/core/components/ion-back-button.js';
import { defineCustomElement as defineButtons } from '@ionic/core/components/ion-buttons.js';
import { defineCustomElement as defineCheckbox } from '@ionic/core/components/ion-checkbox.js';
import { defineCustomElement as defineHeader } from '@ionic/core/components/ion-header.js';
import { defineCustomElement as defineLabel } from '@ionic/core/components/ion-label.js';
import { defineCustomElement as defineList } from '@ionic/core/components/ion-list.js';
import { defineCustomElement as defineModal } from '@ionic/core/components/ion-modal.js';
import { defineCustomElement as defineNote } from '@ionic/core/components/ion-note.js';
import { defineCustomElement as defineSegment } from '@ionic/core/components/ion-segment.js';
import { defineCustomElement as defineSegmentButton } from '@ionic/core/components/ion-segment-button.js';
import { defineCustomElement as defineTab } from '@ionic/core/components/ion-tab.js';
import { defineCustomElement as defineTabBar } from '@ionic/core/components/ion-tab-bar.js';
import { defineCustomElement as defineTabButton } from '@ionic/core/components/ion-tab-button.js';
import { defineCustomElement as defineTitle } from '@ionic/core/components/ion-title.js';
import { defineCustomElement as defineToggle } from '@ionic/core/components/ion-toggle.js';
import { defineCustomElement as defineToolbar } from '@ionic/core/components/ion-toolbar.js';

for (const define of [
  defineAlert,
  defineBackButton,
  defineButtons,
  defineCheckbox,
  defineHeader,
  defineLabel,
  defineList,
  defineModal,
  defineNote,
  defineSegment,
  defineSegmentButton,
  defineTab,
  defineTabBar,
  defineTabButton,
  defineTitle,
  defineToggle,
  defineToolbar,
]) {
  define();
}
