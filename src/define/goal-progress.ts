import { SiGoalProgress } from '../components/goal-progress/goal-progress.js';
import { defineElement } from '../core/define.js';

defineElement('si-goal-progress', SiGoalProgress);
