"""A small text classifier that backs up the lexicon: TF-IDF word and character n-grams, logistic regression.

It is trained at first use from labelled files in the repository (nothing is downloaded or pickled),
with fixed settings, so the same files always give the same model. The trained weights are kept in a cache
outside the clone (plain arrays in an .npz file, read without pickle), keyed on a hash of the training files,
the code that reads them and the library versions, so a later start-up loads them in a few
seconds instead of training again; a missing, stale or unreadable cache file only means training again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from assistant.safeguarding.datasets import EVAL_DIR, HELD_ONCE_DEV_SETS, TRAIN_DIR
from assistant.safeguarding.lexicon import plain_text
from assistant.training import cache_dir

log = logging.getLogger(__name__)

TRAINING_FILES = (
    EVAL_DIR / "dev.jsonl",
    TRAIN_DIR / "train_extra.jsonl",
    # A second tuning set, added to training after it was measured with a classifier that had not seen it
    # (and by 5-fold cross-validation); its figures in `assistant bench` are therefore training figures.
    EVAL_DIR / "dev2.jsonl",
    # A third, added the same way: measured first with a classifier that had not seen it (and with dev and
    # dev2 each left out in turn); its figures in `assistant bench` are training figures too.
    EVAL_DIR / "dev3.jsonl",
    # Two sets written by helpers who read none of the code or other data (480 messages each); each was
    # measured with a classifier trained without it before it was tuned on and added here.
    TRAIN_DIR / "train_written_a.jsonl",
    TRAIN_DIR / "train_written_b.jsonl",
    # Two more (450 each, the hard cases), measured the same way before they were tuned on and added.
    TRAIN_DIR / "train_written_c.jsonl",
    TRAIN_DIR / "train_written_d.jsonl",
    # Two more (480 each: the none/concern boundary, and dialect and street words), measured the same way
    # (e: false alarms 0.113, f: 0.019) before they were tuned on and added.
    TRAIN_DIR / "train_written_e.jsonl",
    TRAIN_DIR / "train_written_f.jsonl",
    # Two more (480 each: harm told indirectly or in passing inside another request, and long messages in
    # strong dialect from kinship carers, pregnant women and professionals). First measured with the rules
    # and classifier of the time: g emergency 0.869, concern 0.831 (flagged 0.900), false alarms 0.169;
    # h 0.963, 0.875 (0.938), 0.163. Then tuned on and added.
    TRAIN_DIR / "train_written_g.jsonl",
    TRAIN_DIR / "train_written_h.jsonl",
    # One more (480: 240 none near-misses from kinship carers, pregnant women, parents and professionals,
    # 120 concern, 120 emergency), first measured at emergency 0.983, concern 0.883 (flagged 0.983),
    # false alarms 0.138; then tuned on and added.
    TRAIN_DIR / "train_written_i.jsonl",
    # Two more (480 each: harm told through a detail, with near-misses that share the detail; and near-pairs
    # across the emergency/concern and concern/none boundaries), first measured at j: emergency 0.956,
    # concern 0.894 (flagged 0.906), false alarms 0.131; k: 0.994, 0.931 (0.975), 0.050. Then tuned on
    # and added.
    TRAIN_DIR / "train_written_j.jsonl",
    TRAIN_DIR / "train_written_k.jsonl",
    # One more (480: professionals' case notes, kinship carers, pregnant women and new mothers, children
    # of 8-12), first measured at emergency 0.969, concern 0.894 (flagged 0.938), false alarms 0.075; then
    # tuned on and added.
    TRAIN_DIR / "train_written_l.jsonl",
    # Two more (480 each: situations told as questions, and how young people text, minimising with "lol"),
    # first measured at m: emergency 0.988, concern 0.775 (flagged 0.800), false alarms 0.013; n: 0.975,
    # 0.931 (0.944), 0.013. Then tuned on and added.
    TRAIN_DIR / "train_written_m.jsonl",
    TRAIN_DIR / "train_written_n.jsonl",
    # One more (480: requests for a service that carry a harm in passing), first measured at emergency 0.994,
    # concern 0.719 (flagged 0.756), false alarms 0.056; then tuned on and added.
    TRAIN_DIR / "train_written_o.jsonl",
    # Four more (480 each: requests for a service with harm in passing; kinship carers and professionals' case
    # notes; young people minimising; strong dialect and pregnancy), first measured at p: emergency 1.000,
    # concern 0.762 (flagged 0.812), false alarms 0.044; q: 0.963, 0.881 (0.963), 0.031; r: 0.981, 0.919
    # (0.969), 0.031; s: 0.975, 0.906 (0.956), 0.081. Then tuned on and added.
    TRAIN_DIR / "train_written_p.jsonl",
    TRAIN_DIR / "train_written_q.jsonl",
    TRAIN_DIR / "train_written_r.jsonl",
    TRAIN_DIR / "train_written_s.jsonl",
    # Four more (480 each: professionals' shorthand and parents' own neglect; what a child shows or says and
    # contact visits; young people from the four nations in long messages; pregnancy and babies), first
    # measured after the p-s round at t: emergency 0.994, concern 0.950 (flagged 0.975), false alarms 0.025;
    # u: 0.988, 0.894 (0.925), 0.094; v: 0.975, 0.925 (0.975), 0.037; w: 1.000, 0.844 (0.944), 0.075.
    # Then tuned on and added.
    TRAIN_DIR / "train_written_t.jsonl",
    TRAIN_DIR / "train_written_u.jsonl",
    TRAIN_DIR / "train_written_v.jsonl",
    TRAIN_DIR / "train_written_w.jsonl",
    # Three more (480 each: minimal pairs across the label boundaries; adults writing about themselves; short
    # messages of 3-15 words), first measured after the t-w round at x: emergency 0.981, concern 0.919
    # (flagged 0.975), false alarms 0.225; y: 0.981, 0.900 (0.981), 0.075; z: 0.950, 0.869 (0.875), 0.013.
    # Then tuned on and added.
    TRAIN_DIR / "train_written_x.jsonl",
    TRAIN_DIR / "train_written_y.jsonl",
    TRAIN_DIR / "train_written_z.jsonl",
    # Two more (480 each: emergencies told indirectly with near-misses that share their words; false alarms a
    # keyword matcher would make), first measured after the x-z round at aa: emergency 0.956, concern 0.931
    # (flagged 0.988), false alarms 0.237; ab: 1.000, 0.900 (0.969), 0.062. Then tuned on and added.
    TRAIN_DIR / "train_written_aa.jsonl",
    TRAIN_DIR / "train_written_ab.jsonl",
    # One more from a new brief (480: 40 invented people, 12 messages each as their stories unfold), first
    # measured on the code before it at emergency 1.000, concern 0.925 (flagged 0.981), false alarms 0.069;
    # then tuned on and added.
    TRAIN_DIR / "train_written_ac.jsonl",
    # Two more (480 each: the inbox brief of heldout21 and heldout23, and the people brief of ac), first
    # measured after the ac round at ad: emergency 0.994, concern 0.931 (flagged 0.969), false alarms 0.013;
    # ae: 1.000, 0.931 (0.963), 0.037. Then tuned on and added.
    TRAIN_DIR / "train_written_ad.jsonl",
    TRAIN_DIR / "train_written_ae.jsonl",
    # Two more (480 each: the inbox brief and the people brief again), first measured after the ad-ae round at
    # af: emergency 1.000, concern 0.894 (flagged 0.963), false alarms 0.031; ag: 1.000, 0.931 (0.981), 0.056.
    # Then tuned on and added.
    TRAIN_DIR / "train_written_af.jsonl",
    TRAIN_DIR / "train_written_ag.jsonl",
    # One more (480: the people brief again), first measured after the af-ag round at emergency 1.000, concern
    # 0.925 (flagged 0.963), false alarms 0.056; then tuned on and added.
    TRAIN_DIR / "train_written_ah.jsonl",
    # Eight more (480 each), written at stop 13 and each measured once before its errors were read (emergency
    # / concern (flagged at all) / false alarms): from the report brief ai 0.994 / 0.944 (0.981) / 0.000, aj
    # 0.981 / 0.975 (0.988) / 0.019, am 0.994 / 0.962 (0.981) / 0.013; from the people brief al 1.000 / 0.931
    # (1.000) / 0.019, ap 1.000 / 0.944 (0.981) / 0.044; from the inbox brief an 0.987 / 0.925 (0.969) /
    # 0.014; and from a new brief of hard cases, where the words mislead, ak 0.981 / 0.912 (0.950) / 0.050 and
    # ao 0.988 / 0.931 (0.975) / 0.081. Then tuned on and added.
    TRAIN_DIR / "train_written_ai.jsonl",
    TRAIN_DIR / "train_written_aj.jsonl",
    TRAIN_DIR / "train_written_ak.jsonl",
    TRAIN_DIR / "train_written_al.jsonl",
    TRAIN_DIR / "train_written_am.jsonl",
    TRAIN_DIR / "train_written_an.jsonl",
    TRAIN_DIR / "train_written_ao.jsonl",
    TRAIN_DIR / "train_written_ap.jsonl",
    # Four more (480 each, stop 13, second round), measured once on the committed code before their errors
    # were read (messages also in the training data not scored): aq (hard cases) 0.987 / 0.900 (0.956) /
    # 0.101, ar (people) 0.988 / 0.981 (0.994) / 0.069, as (inbox) 0.994 / 0.962 (0.987) / 0.052, at (report)
    # 0.987 / 0.956 (0.975) / 0.000. Then tuned on and added.
    TRAIN_DIR / "train_written_aq.jsonl",
    TRAIN_DIR / "train_written_ar.jsonl",
    TRAIN_DIR / "train_written_as.jsonl",
    TRAIN_DIR / "train_written_at.jsonl",
    # Five more (480 each, stop 14), measured once on the committed code before their errors were read: au
    # (hard cases) 0.994 / 0.938 (0.963) / 0.050, av (hard cases) 0.994 / 0.944 (0.963) / 0.063, aw (people)
    # 1.000 / 0.919 (0.944) / 0.006, ax (inbox) 0.981 / 0.912 (0.937) / 0.028, ay (report) 1.000 / 0.969
    # (0.994) / 0.026. Then tuned on and added.
    TRAIN_DIR / "train_written_au.jsonl",
    TRAIN_DIR / "train_written_av.jsonl",
    TRAIN_DIR / "train_written_aw.jsonl",
    TRAIN_DIR / "train_written_ax.jsonl",
    TRAIN_DIR / "train_written_ay.jsonl",
    # Six more (480 each, stop 14, second round), measured once on the committed code before their errors
    # were read: az (hard cases) 0.975 / 0.893 (0.931) / 0.057, ba (hard) 0.975 / 0.919 (0.938) / 0.038, bb
    # (people) 1.000 / 0.925 (0.963) / 0.031, bc (report) 1.000 / 0.968 (0.981) / 0.000, bd (inbox) 0.994 /
    # 0.950 (0.988) / 0.049, be (hard) 0.994 / 0.919 (0.950) / 0.075. Then tuned on and added.
    TRAIN_DIR / "train_written_az.jsonl",
    TRAIN_DIR / "train_written_ba.jsonl",
    TRAIN_DIR / "train_written_bb.jsonl",
    TRAIN_DIR / "train_written_bc.jsonl",
    TRAIN_DIR / "train_written_bd.jsonl",
    TRAIN_DIR / "train_written_be.jsonl",
    # Three more (480 each, stop 14, third round), measured once on the committed code before their errors
    # were read: bf (hard cases) 0.956 / 0.875 (0.906) / 0.106, bg (hard) 0.994 / 0.925 (0.956) / 0.051, bh
    # (people) 1.000 / 0.956 (0.981) / 0.044. Then tuned on (their missed emergencies) and added.
    TRAIN_DIR / "train_written_bf.jsonl",
    TRAIN_DIR / "train_written_bg.jsonl",
    TRAIN_DIR / "train_written_bh.jsonl",
    # Six more (480 each, stop 15), measured once on the committed code before their errors were read: bi
    # (hard cases) 0.981 / 0.918 (0.962) / 0.097, bj (hard) 1.000 / 0.911 (0.955) / 0.044, bk (hard) 0.981 /
    # 0.925 (0.969) / 0.076, bl (people) 1.000 / 0.956 (0.988) / 0.013, bm (inbox) 0.994 / 0.956 (0.975) /
    # 0.028, bn (report) 1.000 / 0.963 (0.988) / 0.026. Then tuned on and added.
    TRAIN_DIR / "train_written_bi.jsonl",
    TRAIN_DIR / "train_written_bj.jsonl",
    TRAIN_DIR / "train_written_bk.jsonl",
    TRAIN_DIR / "train_written_bl.jsonl",
    TRAIN_DIR / "train_written_bm.jsonl",
    TRAIN_DIR / "train_written_bn.jsonl",
    # Four more (480 each, stop 16, all hard cases), measured once on the committed code before their errors
    # were read: bo 0.994 / 0.925 (0.963) / 0.057, bp 0.987 / 0.893 (0.925) / 0.019, bq 1.000 / 0.938
    # (0.975) / 0.045, br 0.994 / 0.925 (0.956) / 0.063. Then tuned on and added.
    TRAIN_DIR / "train_written_bo.jsonl",
    TRAIN_DIR / "train_written_bp.jsonl",
    TRAIN_DIR / "train_written_bq.jsonl",
    TRAIN_DIR / "train_written_br.jsonl",
    # Eight more (480 each, stop 18), measured once on the committed code before their errors were read: bs
    # (hard cases) 0.994 / 0.925 (0.969) / 0.062, bt (people) 1.000 / 0.863 (0.944) / 0.062, bu (near-pairs
    # across the boundaries) 1.000 / 0.881 (0.994) / 0.044, bv (inbox) 0.962 / 0.912 (0.963) / 0.014; then,
    # after a rule round on those four, bw (short messages and replies) 0.962 / 0.918 (0.931) / 0.022, bx
    # (hard) 0.944 / 0.912 (0.956) / 0.031, by (people) 0.988 / 0.844 (0.981) / 0.094, bz (report) 0.994 /
    # 0.975 (0.994) / 0.038. Then tuned on and added.
    TRAIN_DIR / "train_written_bs.jsonl",
    TRAIN_DIR / "train_written_bt.jsonl",
    TRAIN_DIR / "train_written_bu.jsonl",
    TRAIN_DIR / "train_written_bv.jsonl",
    TRAIN_DIR / "train_written_bw.jsonl",
    TRAIN_DIR / "train_written_bx.jsonl",
    TRAIN_DIR / "train_written_by.jsonl",
    TRAIN_DIR / "train_written_bz.jsonl",
    # Four more (480 each, stop 20), each measured once before its errors were read: ce (short messages
    # and replies) with the stop-19 rules 0.904 / 0.847 (0.860) / 0.008; then, after a rule round on ce, cc
    # (near-pairs across the boundaries) 0.988 / 0.912 (0.981) / 0.094, cd (professionals and the inbox)
    # 0.988 / 0.925 (0.981) / 0.019, cf (hard cases) 0.994 / 0.863 (0.938) / 0.032. Then tuned on and added.
    # cb (young people, stop 20), measured once with cc to cf in the training data: 0.981 / 0.899 (0.950)
    # / 0.006
    TRAIN_DIR / "train_written_cb.jsonl",
    # ca (hard cases), then cg (parents, kinship carers, pregnancy) and ch (young carers, exploitation) after
    # the rule round on ca, measured once with cb to cf in the training data: ca 0.956 / 0.874 (0.937)
    # / 0.038, cg 0.988 / 0.856 (0.912) / 0.000, ch 0.981 / 0.925 (0.975) / 0.020. Then tuned on and added.
    TRAIN_DIR / "train_written_ca.jsonl",
    TRAIN_DIR / "train_written_cg.jsonl",
    TRAIN_DIR / "train_written_ch.jsonl",
    TRAIN_DIR / "train_written_cc.jsonl",
    TRAIN_DIR / "train_written_cd.jsonl",
    TRAIN_DIR / "train_written_ce.jsonl",
    TRAIN_DIR / "train_written_cf.jsonl",
    # Four more (480 each, stop 23), each measured once before its errors were read, with the stop-21 code
    # (the classifier reading from five words): cj (short messages and replies) 0.987 / 0.897 (0.942) /
    # 0.000, cl (the report) 0.994 / 0.975 (0.994) / 0.000, ci (hard cases) 0.988 / 0.950 (0.994) / 0.081,
    # ck (people, each over a dozen messages) 0.963 / 0.825 (0.906) / 0.031. Then tuned on and added.
    TRAIN_DIR / "train_written_ci.jsonl",
    TRAIN_DIR / "train_written_cj.jsonl",
    TRAIN_DIR / "train_written_ck.jsonl",
    TRAIN_DIR / "train_written_cl.jsonl",
    # Four more (480 each, stop 23), each measured once before its errors were read, with ci to cl and their
    # rules in: cm (the line between concern and emergency) 1.000 / 0.906 (1.000) / 0.035, cn (the inbox)
    # 0.988 / 0.900 (0.981) / 0.007, co (people) 0.987 / 0.944 (0.975) / 0.065, cp (short messages and
    # replies) 1.000 / 0.836 (0.931) / 0.010. Then tuned on and added.
    TRAIN_DIR / "train_written_cm.jsonl",
    TRAIN_DIR / "train_written_cn.jsonl",
    TRAIN_DIR / "train_written_co.jsonl",
    TRAIN_DIR / "train_written_cp.jsonl",
    # Four more (480 each, stop 23), each measured once before its errors were read, with cm to cp and their
    # rules in: cq (hard cases) 0.988 / 0.844 (0.969) / 0.163, cr (the line between concern and emergency)
    # 0.988 / 0.875 (0.975) / 0.000, cs (people) 0.994 / 0.912 (0.969) / 0.081, ct (the inbox) 1.000 /
    # 0.938 (0.988) / 0.062. Then tuned on and added.
    TRAIN_DIR / "train_written_cq.jsonl",
    TRAIN_DIR / "train_written_cr.jsonl",
    TRAIN_DIR / "train_written_cs.jsonl",
    TRAIN_DIR / "train_written_ct.jsonl",
    # Four more (480 each, stop 23), each measured once before its errors were read, with cq to ct and their
    # rules in: cu (hard cases) 1.000 / 0.868 (0.962) / 0.103, cv (short messages and replies) 0.987 / 0.955
    # (0.994) / 0.020, cw (the report) 1.000 / 0.912 (0.994) / 0.045, cx (the line between concern and
    # emergency) 0.994 / 0.838 (0.975) / 0.043. Then tuned on and added.
    TRAIN_DIR / "train_written_cu.jsonl",
    TRAIN_DIR / "train_written_cv.jsonl",
    TRAIN_DIR / "train_written_cw.jsonl",
    TRAIN_DIR / "train_written_cx.jsonl",
    # Eight more (480 each, stop 24), each measured once before its errors were read, with the stop-23 code:
    # cy (the line between concern and emergency) 1.000 / 0.863 (0.969) / 0.046, cz (danger told through what
    # is seen and heard) 0.981 / 0.956 (0.988) / 0.180, da (hard cases) 0.988 / 0.931 (0.981) / 0.078, db
    # (people) 1.000 / 0.938 (0.988) / 0.007, dc (short messages and replies) 0.987 / 0.843 (0.974) / 0.033,
    # dd (danger told through what is seen, again) 1.000 / 0.969 (0.987) / 0.151, de (the inbox) 1.000 /
    # 0.919 (0.975) / 0.075, df (the report) 1.000 / 0.925 (1.000) / 0.015. Then tuned on and added.
    TRAIN_DIR / "train_written_cy.jsonl",
    TRAIN_DIR / "train_written_cz.jsonl",
    TRAIN_DIR / "train_written_da.jsonl",
    TRAIN_DIR / "train_written_db.jsonl",
    TRAIN_DIR / "train_written_dc.jsonl",
    TRAIN_DIR / "train_written_dd.jsonl",
    TRAIN_DIR / "train_written_de.jsonl",
    TRAIN_DIR / "train_written_df.jsonl",
    # Four more (480 each, stop 24), each measured once before its errors were read, with cy to df and their
    # rules in: dg (hard cases) 0.988 / 0.869 (0.988) / 0.110, dh (danger told through what is seen) 0.994 /
    # 0.950 (0.988) / 0.094, di (the line between concern and emergency) 0.994 / 0.894 (0.981) / 0.043, dj
    # (young children and how they spell) 0.988 / 0.981 (0.988) / 0.021. Then tuned on and added.
    TRAIN_DIR / "train_written_dg.jsonl",
    TRAIN_DIR / "train_written_dh.jsonl",
    TRAIN_DIR / "train_written_di.jsonl",
    TRAIN_DIR / "train_written_dj.jsonl",
    # Four more (480 each, stop 24), each measured once before its errors were read, with cy to df and their
    # rules in (the code of dg to dj): dk (hard cases) 0.994 / 0.931 (0.987) / 0.044, dl (danger told through
    # what is seen) 0.988 / 0.963 (0.994) / 0.137, dm (young children and how they spell) 0.994 / 0.943
    # (0.969) / 0.049, dn (short messages and replies) 0.987 / 0.980 (0.993) / 0.000. Then tuned on and added.
    TRAIN_DIR / "train_written_dk.jsonl",
    TRAIN_DIR / "train_written_dl.jsonl",
    TRAIN_DIR / "train_written_dm.jsonl",
    TRAIN_DIR / "train_written_dn.jsonl",
    # Four more (480 each, stop 24), each measured once before its errors were read, with dg to dn and their
    # rules in: do (danger mentioned in passing after an ordinary question) 0.981 / 0.925 (0.981) / 0.020, dp
    # (short messages and replies) 0.974 / 0.954 (0.987) / 0.028, dq (danger told through what is seen)
    # 1.000 / 0.931 (0.988) / 0.014, dr (hard cases) 0.988 / 0.944 (0.994) / 0.036. Then tuned on and added.
    TRAIN_DIR / "train_written_do.jsonl",
    TRAIN_DIR / "train_written_dp.jsonl",
    TRAIN_DIR / "train_written_dq.jsonl",
    TRAIN_DIR / "train_written_dr.jsonl",
    # Three more (480 each, stop 25), each measured once before its errors were read, with the rules from the
    # fifteen held-out sets read at stop 25 in: ds (short messages and replies) 0.962 / 0.858 (0.877) / 0.000,
    # dt (danger told through what is seen) 1.000 / 0.900 (0.988) / 0.131, du (the line between concern and
    # emergency) 0.994 / 0.925 (0.988) / 0.075. Then tuned on and added.
    TRAIN_DIR / "train_written_ds.jsonl",
    TRAIN_DIR / "train_written_dt.jsonl",
    TRAIN_DIR / "train_written_du.jsonl",
    # Four more (480 each, stop 25), each measured once before its errors were read, with ds to du and their
    # rules in: dv (short messages and replies) 0.968 / 0.842 (0.882) / 0.009, dw (misleading words)
    # 0.975 / 0.912 (0.969) / 0.025, dx (people) 1.000 / 0.963 (1.000) / 0.006, dy (danger in passing)
    # 1.000 / 0.919 (0.981) / 0.000. Then tuned on and added.
    TRAIN_DIR / "train_written_dv.jsonl",
    TRAIN_DIR / "train_written_dw.jsonl",
    TRAIN_DIR / "train_written_dx.jsonl",
    TRAIN_DIR / "train_written_dy.jsonl",
    # Two more (480 each, stop 25), measured once with dv to dy and their rules in: dz (short messages and
    # replies) 0.987 / 0.886 (0.906) / 0.009, ea (misleading words) 1.000 / 0.956 (0.988) / 0.025. Then
    # tuned on and added.
    TRAIN_DIR / "train_written_dz.jsonl",
    TRAIN_DIR / "train_written_ea.jsonl",
    # Eight more (480 each, stop 26), measured once on stop 25's code before their errors were read: eb
    # (short messages) 0.974 / 0.821 (0.865) / 0.008, ec (the line) 1.000 / 0.856 (0.963) / 0.025, ed
    # (misleading words) 0.988 / 0.893 (0.962) / 0.044, ee (danger in passing) 0.988 / 0.944 (1.000) / 0.006,
    # ef (dialect) 0.988 / 0.956 (1.000) / 0.000, eg (exploitation and online) 0.944 / 0.906 (0.963) / 0.037,
    # eh (babies and pregnancy) 0.988 / 0.912 (0.975) / 0.119, ei (seen and heard) 1.000 / 0.894 (0.981) /
    # 0.050. Then tuned on and added.
    TRAIN_DIR / "train_written_eb.jsonl",
    TRAIN_DIR / "train_written_ec.jsonl",
    TRAIN_DIR / "train_written_ed.jsonl",
    TRAIN_DIR / "train_written_ee.jsonl",
    TRAIN_DIR / "train_written_ef.jsonl",
    TRAIN_DIR / "train_written_eg.jsonl",
    TRAIN_DIR / "train_written_eh.jsonl",
    TRAIN_DIR / "train_written_ei.jsonl",
    # Eight more (480 each, stop 26), measured once with eb-ei and their rules in: ej (short messages)
    # 0.979 / 0.842 (0.899) / 0.016, ek (exploitation and online) 0.975 / 0.938 (0.988) / 0.026, el (in
    # passing) 1.000 / 0.938 (0.975) / 0.000, em (the line) 1.000 / 0.875 (0.975) / 0.082, en (people) 0.994 /
    # 0.912 (0.975) / 0.037, eo (the inbox) 0.994 / 0.937 (0.987) / 0.029, ep (professionals) 0.994 / 0.906
    # (0.981) / 0.013, eq (misleading words) 0.994 / 0.956 (0.994) / 0.025. Then tuned on and added.
    TRAIN_DIR / "train_written_ej.jsonl",
    TRAIN_DIR / "train_written_ek.jsonl",
    TRAIN_DIR / "train_written_el.jsonl",
    TRAIN_DIR / "train_written_em.jsonl",
    TRAIN_DIR / "train_written_en.jsonl",
    TRAIN_DIR / "train_written_eo.jsonl",
    TRAIN_DIR / "train_written_ep.jsonl",
    TRAIN_DIR / "train_written_eq.jsonl",
    # Eight more (480 each, stop 26), measured once with ej-eq and their rules in: er (short messages) 0.987 /
    # 0.914 (0.934) / 0.000, es (exploitation and online) 0.956 / 0.969 (0.988) / 0.013, et (the line) 1.000 /
    # 0.912 (0.988) / 0.019, eu (professionals) 0.988 / 0.931 (1.000) / 0.006, ev (seen and heard) 1.000 /
    # 0.938 (0.994) / 0.069, ew (babies and pregnancy) 0.994 / 0.831 (0.950) / 0.125, ex (dialect) 1.000 /
    # 0.963 (1.000) / 0.025, ey (in passing) 0.994 / 0.919 (0.956) / 0.006. Then tuned on and added.
    TRAIN_DIR / "train_written_er.jsonl",
    TRAIN_DIR / "train_written_es.jsonl",
    TRAIN_DIR / "train_written_et.jsonl",
    TRAIN_DIR / "train_written_eu.jsonl",
    TRAIN_DIR / "train_written_ev.jsonl",
    TRAIN_DIR / "train_written_ew.jsonl",
    TRAIN_DIR / "train_written_ex.jsonl",
    TRAIN_DIR / "train_written_ey.jsonl",
    # The dev sets that were held out once (dev4 onwards; dev19-dev33 are the fifteen oldest held-out sets,
    # read at stop 25), each measured before its errors were read. Adding
    # dev4 to dev13 (4,148 messages) raised heldout11 (unread) from emergency 0.988, concern 0.912 (flagged
    # 0.956), false alarms 0.025 to 0.994, 0.925 (0.969), 0.019; their bench figures are training figures.
    *HELD_ONCE_DEV_SETS,
)
LABELS = ("none", "concern", "emergency")


@dataclass(frozen=True)
class Example:
    text: str
    label: str


def read_examples(path: Path) -> list[Example]:
    """The labelled messages in a JSON-lines file of {"text", "label"} objects."""
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [Example(row["text"], row["label"]) for row in rows]


@dataclass(frozen=True)
class Scores:
    """How likely the message is to need follow-up at all, and to be an emergency."""

    at_least_concern: float
    emergency: float


class _NgramFeatures:
    """One fitted TF-IDF vectoriser, reduced to what scoring a single message needs."""

    def __init__(self, vectorizer: TfidfVectorizer, terms: list[str], idf: np.ndarray, offset: int) -> None:
        self.analyse = vectorizer.build_analyzer()  # depends on the settings only, not on fitting
        self.columns = {term: offset + index for index, term in enumerate(terms)}  # terms in column order
        self.idf = idf
        self.offset = offset

    @classmethod
    def fitted(cls, vectorizer: TfidfVectorizer, offset: int) -> _NgramFeatures:
        terms = [""] * len(vectorizer.vocabulary_)
        for term, index in vectorizer.vocabulary_.items():
            terms[index] = term
        return cls(vectorizer, terms, np.asarray(vectorizer.idf_), offset)

    def weights(self, text: str) -> tuple[list[int], np.ndarray]:
        counts = Counter(term for term in self.analyse(text) if term in self.columns)
        columns = [self.columns[term] for term in counts]
        # TfidfVectorizer(sublinear_tf=True, norm="l2"): (1 + log tf) * idf, scaled to unit length.
        values = (
            np.array([1.0 + math.log(count) for count in counts.values()])
            * self.idf[np.array(columns, dtype=int) - self.offset]
        )
        norm = float(np.sqrt(values @ values)) if columns else 0.0
        return columns, values / norm if norm else values


def _vectorizers() -> list[tuple[str, TfidfVectorizer]]:
    """The feature extractors, unfitted: word unigrams and pairs, and character n-grams within words."""
    return [
        ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
    ]


def _joined(strings: list[str]) -> np.ndarray:
    # No term holds a newline: words are \w runs, and char_wb n-grams are cut from whitespace-split words.
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def _split(array: np.ndarray) -> list[str]:
    return array.tobytes().decode("utf-8").split("\n")


class SeverityClassifier:
    def __init__(
        self,
        features: list[_NgramFeatures],
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: list[str],
        pipeline: Pipeline | None = None,
    ) -> None:
        self.pipeline = pipeline  # when freshly trained: kept to check the fast path against predict_proba
        self._features = features
        self._coef = np.asarray(coef, dtype=float)
        self._intercept = np.asarray(intercept, dtype=float)
        self.classes = list(classes)
        self._emergency, self._none = self.classes.index("emergency"), self.classes.index("none")

    @classmethod
    def from_pipeline(cls, pipeline: Pipeline) -> SeverityClassifier:
        union: FeatureUnion = pipeline.named_steps["features"]
        model: LogisticRegression = pipeline.named_steps["model"]
        offset, features = 0, []
        for _, vectorizer in union.transformer_list:
            features.append(_NgramFeatures.fitted(vectorizer, offset))
            offset += len(vectorizer.vocabulary_)
        return cls(features, model.coef_, model.intercept_, [str(c) for c in model.classes_], pipeline)

    def save(self, path: Path) -> None:
        """Write the weights to `path` as plain arrays, atomically (another process may be reading it)."""
        arrays: dict[str, Any] = {
            "coef": self._coef,
            "intercept": self._intercept,
            "classes": _joined(self.classes),
        }
        for index, features in enumerate(self._features):
            arrays[f"terms{index}"] = _joined(list(features.columns))  # in column order, as built
            arrays[f"idf{index}"] = features.idf
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                np.savez(file, **arrays)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> SeverityClassifier:
        """The classifier `save` wrote; raises ValueError if the file does not fit these settings."""
        with np.load(path, allow_pickle=False) as arrays:
            coef, intercept, classes = arrays["coef"], arrays["intercept"], _split(arrays["classes"])
            features, offset = [], 0
            for index, (_, vectorizer) in enumerate(_vectorizers()):
                terms, idf = _split(arrays[f"terms{index}"]), np.array(arrays[f"idf{index}"])
                if len(terms) != len(idf):
                    raise ValueError("terms and weights differ in length")
                features.append(_NgramFeatures(vectorizer, terms, idf, offset))
                offset += len(terms)
        if coef.shape != (len(classes), offset) or intercept.shape != (len(classes),):
            raise ValueError("weights do not fit the features")
        if set(classes) != set(LABELS):
            raise ValueError("unexpected classes")
        return cls(features, coef, intercept, classes)

    @classmethod
    def train(cls, examples: Iterable[Example]) -> SeverityClassifier:
        examples = list(examples)
        # Solved to a tight tolerance: at the default (1e-4) lbfgs stopped after ~40 iterations, far from
        # the optimum, and dropping 20 of 17,000 training messages flipped 37 predictions at the thresholds;
        # at 1e-6 (~150 iterations; about 30 s to train on 2 cores) it flipped none; leave-one-out as good.
        # C = 30 (weaker regularisation than 10), measured at stop 18 with every training message scored by a
        # classifier trained without its eighth of the sets (46,883): the same 17 emergencies missed, concern
        # recall 0.9625 -> 0.9641, false alarms 416 -> 395; at stop 17 (43,043) much the same. C = 3 was worse
        # at every threshold. Word trigrams (all, or seen twice) on top gained nothing more out of fold.
        # At C = 30 lbfgs takes ~220 iterations (about 45-60 s of CPU on all 46,883 messages).
        model = LogisticRegression(C=30.0, class_weight="balanced", max_iter=5000, tol=1e-6)
        pipeline = Pipeline([("features", FeatureUnion(_vectorizers())), ("model", model)])
        pipeline.fit([plain_text(e.text) for e in examples], [e.label for e in examples])
        return cls.from_pipeline(pipeline)

    def probabilities(self, text: str, plain: str | None = None) -> np.ndarray | None:
        """P(label) in the order of the model's classes, or None for a message with no known n-gram.

        `plain` is `plain_text(text)` when the caller has it already. Computed without sklearn's per-call
        overhead (the result is the same as predict_proba).
        """
        plain = plain_text(text) if plain is None else plain
        logits, known = self._intercept.copy(), False
        for features in self._features:
            columns, values = features.weights(plain)
            if columns:
                logits += self._coef[:, columns] @ values
                known = True
        if not known:
            return None  # the bare prior says nothing about this message
        exp = np.exp(logits - logits.max())
        return np.asarray(exp / exp.sum())

    def scores(self, text: str, plain: str | None = None) -> Scores:
        probabilities = self.probabilities(text, plain)
        if probabilities is None:
            return Scores(0.0, 0.0)
        return Scores(1.0 - float(probabilities[self._none]), float(probabilities[self._emergency]))


def training_examples() -> list[Example]:
    """Every labelled message the classifier is trained on, in the order of TRAINING_FILES."""
    return [example for path in TRAINING_FILES if path.exists() for example in read_examples(path)]


# The code that decides the weights: the settings here, which files are read, and plain_text (the text the
# classifier is trained on: normalising and blanking idioms). A change to a rule does not retrain it.
TRAINING_CODE = ("classifier.py", "datasets.py", "lexicon.py", "idioms.py", "normalise.py", "patterns.py")


def cache_key() -> str:
    """A hash of everything that changes the trained weights: the training files, the code, the libraries."""
    digest = hashlib.sha256(f"format 1, sklearn {sklearn.__version__}, numpy {np.__version__}".encode())
    here = Path(__file__).parent
    for path in (*(here / name for name in TRAINING_CODE), *TRAINING_FILES):
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


CACHE_PREFIX = "safeguarding-classifier-"


def cached_path() -> Path:
    return cache_dir() / f"{CACHE_PREFIX}{cache_key()}.npz"


@lru_cache(maxsize=1)
def trained_classifier() -> SeverityClassifier:
    """The classifier trained on the repository's files: loaded from the cache or trained, once a process."""
    return load_or_train(cached_path(), training_examples)


def load_or_train(path: Path, examples: Callable[[], Iterable[Example]]) -> SeverityClassifier:
    """The classifier saved at `path`, or if none is there or it is unreadable, one trained now and saved."""
    if path.exists():
        try:
            classifier = SeverityClassifier.load(path)
        except Exception as error:  # damaged, or from other settings: train again and replace it
            log.warning("safeguarding classifier cache unreadable, training again: %s", type(error).__name__)
        else:
            with contextlib.suppress(OSError):  # a read-only cache is still a cache
                os.utime(path)  # in use: kept by _prune
            return classifier
    classifier = SeverityClassifier.train(examples())
    try:
        classifier.save(path)
        _prune(path)
    except OSError as error:  # a read-only cache still leaves a working classifier
        log.warning("safeguarding classifier cache not written: %s", type(error).__name__)
    return classifier


CACHE_RETENTION_DAYS = 14


def _prune(kept: Path) -> None:
    """Remove the cached classifiers of other inputs that no process has loaded for CACHE_RETENTION_DAYS."""
    cutoff = time.time() - CACHE_RETENTION_DAYS * 86400
    for other in kept.parent.glob(f"{CACHE_PREFIX}*.npz"):
        if other != kept and other.stat().st_mtime < cutoff:
            other.unlink(missing_ok=True)
