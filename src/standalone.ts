/**
 * The standalone page: the widget on its own, full page. Built on `mount`
 * like every other way of showing it.
 */
import { mount } from './embed/mount';

const el = document.getElementById('siae-diagnostic');
if (el) mount(el, { storage: 'local' });
