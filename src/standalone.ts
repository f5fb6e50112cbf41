/**
 * The standalone page: the widget on its own, full page, built on `mount`
 * like every other way of showing it. When framed, it reports its height.
 */
import { startFrameBridge } from './embed/frameBridge';
import { mount } from './embed/mount';

const el = document.getElementById('siae-diagnostic');
if (el) {
  const params = new URLSearchParams(location.search);
  mount(el, { storage: 'local', lang: params.get('lang') ?? '', pageTitle: true });
  startFrameBridge();
}
