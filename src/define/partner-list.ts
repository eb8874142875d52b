import { SiPartnerList } from '../components/partner-list/partner-list.js';
import { defineElement } from '../core/define.js';

defineElement('si-partner-list', SiPartnerList);
